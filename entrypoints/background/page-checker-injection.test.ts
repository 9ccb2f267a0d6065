import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAGE_CHECKER_REQUEST, pageCheckerRequest, WATCH_STATE_KEY, type PageCheckerReply } from '@/lib/page-checker-request';
import { claimFrame } from '../page-checker/run-once';
import { injectPageChecker, PAGE_CHECKER_FILE, readWatchState, registerPageCheckerInjection, type InjectFile } from './page-checker-injection';

/** A page checker's lifetime as the frame's mark sees it; `end()` is an extension reload. */
class FakeChecker {
  isValid = true;
  private readonly ends: (() => void)[] = [];
  onInvalidated(cb: () => void): void {
    this.ends.push(cb);
  }
  end(): void {
    this.isValid = false;
    for (const cb of this.ends) cb();
  }
}

/**
 * Tabs and frames, each with its isolated world, into which the checker's file "runs": the real
 * run-once guard of entrypoints/page-checker/ decides, as in the browser, whether a checker starts.
 */
class FakeFrames {
  readonly started: { frame: string; checker: FakeChecker }[] = [];
  failNextInjection = false;
  private readonly worlds = new Map<string, Record<string, unknown>>();

  readonly inject: InjectFile = async (tabId, frameId, file) => {
    if (this.failNextInjection) {
      this.failNextInjection = false;
      throw new Error('Cannot access contents of the page');
    }
    const frame = `${tabId}:${frameId}:${file}`;
    const world = this.worlds.get(frame) ?? {};
    this.worlds.set(frame, world);
    return claimFrame(world, () => {
      const checker = new FakeChecker();
      this.started.push({ frame, checker });
      return checker;
    });
  };

  frames(): string[] {
    return this.started.map((s) => s.frame);
  }
}

const page = (over: object = {}) => ({ id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 0, url: 'https://news.example/aleppo', ...over });

describe('injectPageChecker', () => {
  let frames: FakeFrames;
  beforeEach(() => {
    fakeBrowser.reset();
    frames = new FakeFrames();
  });

  it('starts one page checker in the asking frame, however often it asks', async () => {
    expect(await injectPageChecker(page(), frames.inject)).toEqual({ ok: true, injected: true });
    expect(await injectPageChecker(page(), frames.inject)).toEqual({ ok: true, injected: false });
    expect(frames.frames()).toEqual([`7:0:${PAGE_CHECKER_FILE}`]);
  });

  it('gives every frame and tab its own page checker', async () => {
    await injectPageChecker(page(), frames.inject);
    await injectPageChecker(page({ frameId: 3 }), frames.inject);
    await injectPageChecker(page({ tab: { id: 8 } }), frames.inject);
    expect(frames.frames()).toEqual([`7:0:${PAGE_CHECKER_FILE}`, `7:3:${PAGE_CHECKER_FILE}`, `8:0:${PAGE_CHECKER_FILE}`]);
  });

  it('starts a new checker once the old one has ended (extension reload)', async () => {
    await injectPageChecker(page(), frames.inject);
    frames.started[0]!.checker.end();
    expect(await injectPageChecker(page(), frames.inject)).toEqual({ ok: true, injected: true });
    expect(frames.started).toHaveLength(2);
  });

  it('lets the frame ask again after a failed injection', async () => {
    frames.failNextInjection = true;
    await expect(injectPageChecker(page(), frames.inject)).rejects.toThrow('Cannot access');
    expect(await injectPageChecker(page(), frames.inject)).toEqual({ ok: true, injected: true });
  });

  it('refuses other extensions, senders outside tabs and pages that are not on the web', async () => {
    await expect(injectPageChecker(page({ id: 'someone-else' }), frames.inject)).rejects.toThrow('this extension');
    await expect(injectPageChecker(page({ tab: undefined }), frames.inject)).rejects.toThrow('tabs');
    await expect(injectPageChecker(page({ url: 'chrome-extension://abc/popup.html' }), frames.inject)).rejects.toThrow('web pages');
    expect(frames.started).toEqual([]);
  });
});

describe('registerPageCheckerInjection', () => {
  beforeEach(() => fakeBrowser.reset());

  /** Delivers a runtime message; undefined when no listener answers it. */
  const deliver = (message: unknown, sender: object) =>
    new Promise<PageCheckerReply | undefined>((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve).then(() => setTimeout(() => resolve(undefined), 50));
    });

  it('answers page-checker requests and leaves every other message alone', async () => {
    const frames = new FakeFrames();
    registerPageCheckerInjection(frames.inject);
    expect(await deliver(pageCheckerRequest(), page())).toEqual({ ok: true, injected: true });
    expect(await deliver({ id: 1, type: 'getTabResult', data: {}, timestamp: Date.now() }, page())).toBeUndefined();
    expect(await deliver({ kind: `${PAGE_CHECKER_REQUEST}-not` }, page())).toBeUndefined();
    expect(frames.started).toHaveLength(1);
  });

  it('answers a refused request with the reason instead of leaving the page waiting', async () => {
    registerPageCheckerInjection(new FakeFrames().inject);
    expect(await deliver(pageCheckerRequest(), page({ id: 'someone-else' }))).toMatchObject({ ok: false, injected: false, error: expect.stringContaining('this extension') });
  });
});

describe('readWatchState', () => {
  /** Each tab's top-frame isolated world, as stage 1 leaves it. */
  const worlds = new Map<number, Record<string, unknown>>();
  const read = async (tabId: number, key: string) => {
    const world = worlds.get(tabId);
    if (!world) throw new Error('Cannot access contents of the page');
    return world[key] ?? null;
  };

  beforeEach(() => worlds.clear());

  it('gives what stage 1 left in the frame', async () => {
    worlds.set(1, { [WATCH_STATE_KEY]: 'watching' });
    worlds.set(2, { [WATCH_STATE_KEY]: 'handed-over' });
    expect(await readWatchState(1, read)).toBe('watching');
    expect(await readWatchState(2, read)).toBe('handed-over');
  });

  it('is null for a frame without stage 1, one it cannot read, and anything but a state', async () => {
    worlds.set(1, {});
    worlds.set(2, { [WATCH_STATE_KEY]: { status: 'done' } });
    expect(await readWatchState(1, read)).toBeNull();
    expect(await readWatchState(2, read)).toBeNull();
    expect(await readWatchState(3, read)).toBeNull();
  });
});
