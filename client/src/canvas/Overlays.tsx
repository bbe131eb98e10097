/** What the canvas says when it has nothing to draw, is loading, or the API failed. */
import type { ReactNode } from 'react';

export function Notice({
  tone,
  children,
  testId,
}: {
  tone: 'info' | 'error' | 'loading';
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {tone === 'loading' && <span className="spinner" aria-hidden="true" />}
      {children}
    </div>
  );
}

export function EmptyState({ title, children, testId }: { title: string; children?: ReactNode; testId?: string }) {
  return (
    <div className="empty-overlay" data-testid={testId}>
      <div className="empty-card">
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}
