import type { ComponentChildren } from 'preact';

export interface StatusMessageProps {
  /** Identifies the state for tests and styling (e.g. "not-about-aleppo"). */
  kind: string;
  icon: string;
  title: string;
  body: string;
  /** An action that gets the reader out of the state (resume, turn back on), if any. */
  children?: ComponentChildren;
  tone?: 'neutral' | 'busy' | 'error';
}

/** A full-width empty, waiting or error state: an icon, a title, one sentence, maybe a button. */
export function StatusMessage({ kind, icon, title, body, children, tone = 'neutral' }: StatusMessageProps) {
  return (
    <section class={`status status-${tone}`} data-state={kind} role={tone === 'error' ? 'alert' : 'status'}>
      <div class="status-icon" aria-hidden="true">{icon}</div>
      <h2>{title}</h2>
      <p>{body}</p>
      {children}
    </section>
  );
}
