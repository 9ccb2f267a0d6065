import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAGE_CHECKER_REQUEST, pageCheckerRequest, type PageCheckerReply } from '@/lib/page-checker-request';
import { injectPageChecker, PAGE_CHECKER_FILE, registerPageCheckerInjection, type FrameScripting } from './page-checker-injection';

/**
 * Each fake frame is one isolated world: a record of globals that the claim function runs
 * against (it reads and writes `globalThis`, so the stand-in swaps that frame's globals in).
 */
class FakeFrames implements FrameScripting {
  readonly injected: string[] = [];
  failNextInjection = false;
  private readonly worlds = new Map<string, Record<string, unknown>>();

  async run<T>(tabId: number, frameId: number, func: () => T): Promise<T | undefined> {
    const key = `${tabId}:${frameId}`;
    const g = globalThis as Record<string, unknown>;
    const own = new Set(Object.keys(g));
    Object.assign(g, this.worlds.get(key));
    try {
      return func();
    } finally {
      // Whatever the function left beyond the test's own globals is this frame's world.
      const world: Record<string, unknown> = {};
      for (const name of Object.keys(g)) {
        if (own.has(name)) continue;
        world[name] = g[name];
        delete g[name];
      }
      this.worlds.set(key, world);
    }
  }

  async inject(tabId: number, frameId: number, file: string): Promise<void> {
    if (this.failNextInjection) {
      this.failNextInjection = false;
      throw new Error('Cannot access contents of the page');
    }
    this.injected.push(`${tabId}:${frameId}:${file}`);
  }
}

const page = (over: object = {}) => ({ id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 0, url: 'https://news.example/aleppo', ...over });

describe('injectPageChecker', () => {
  let frames: FakeFrames;
  beforeEach(() => {
    fakeBrowser.reset();
    frames = new FakeFrames();
  });

  it('injects the page checker into the asking frame once, however often it asks', async () => {
    expect(await injectPageChecker(page(), frames)).toEqual({ ok: true, injected: true });
    expect(await injectPageChecker(page(), frames)).toEqual({ ok: true, injected: false });
    expect(frames.injected).toEqual([`7:0:${PAGE_CHECKER_FILE}`]);
  });

  it('gives every frame and tab its own page checker', async () => {
    await injectPageChecker(page(), frames);
    await injectPageChecker(page({ frameId: 3 }), frames);
    await injectPageChecker(page({ tab: { id: 8 } }), frames);
    expect(frames.injected).toEqual([`7:0:${PAGE_CHECKER_FILE}`, `7:3:${PAGE_CHECKER_FILE}`, `8:0:${PAGE_CHECKER_FILE}`]);
  });

  it('lets the frame ask again after a failed injection', async () => {
    frames.failNextInjection = true;
    await expect(injectPageChecker(page(), frames)).rejects.toThrow('Cannot access');
    expect(await injectPageChecker(page(), frames)).toEqual({ ok: true, injected: true });
    expect(frames.injected).toHaveLength(1);
  });

  it('refuses other extensions, senders outside tabs and pages that are not on the web', async () => {
    await expect(injectPageChecker(page({ id: 'someone-else' }), frames)).rejects.toThrow('this extension');
    await expect(injectPageChecker(page({ tab: undefined }), frames)).rejects.toThrow('tabs');
    await expect(injectPageChecker(page({ url: 'chrome-extension://abc/popup.html' }), frames)).rejects.toThrow('web pages');
    expect(frames.injected).toEqual([]);
  });
});

describe('registerPageCheckerInjection', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => fakeBrowser.reset());

  const deliver = (message: unknown, sender: object) =>
    new Promise<PageCheckerReply | undefined>((resolve) => {
      const handled = fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
      // A listener that does not take the message never answers it.
      void handled.then(() => setTimeout(() => resolve(undefined), 50));
    });

  it('answers page-checker requests and leaves every other message alone', async () => {
    const frames = new FakeFrames();
    registerPageCheckerInjection(frames);
    expect(await deliver(pageCheckerRequest(), page())).toEqual({ ok: true, injected: true });
    expect(await deliver({ id: 1, type: 'getTabResult', data: {}, timestamp: Date.now() }, page())).toBeUndefined();
    expect(await deliver({ kind: `${PAGE_CHECKER_REQUEST}-not` }, page())).toBeUndefined();
    expect(frames.injected).toHaveLength(1);
  });

  it('answers a refused request with the reason instead of leaving the page waiting', async () => {
    registerPageCheckerInjection(new FakeFrames());
    expect(await deliver(pageCheckerRequest(), page({ id: 'someone-else' }))).toMatchObject({ ok: false, injected: false, error: expect.stringContaining('this extension') });
  });
});
