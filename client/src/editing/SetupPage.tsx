/**
 * First steps: the page the server's one-time setup link opens (/setup#token=…). The token rides in
 * the URL's fragment, which browsers never send to a server or put in a Referer; the page reads it,
 * drops it from the address bar, and sends it only with the form that creates the first admin.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { SetupFirstAdminDocument } from '../__generated__/graphql.js';
import { ApiError, errorText } from '../api/client.js';
import { mutate } from '../api/mutate.js';

/** The token from `#token=…`, read once when the page opens. */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

const FIELD_TEXT: Record<string, string> = {
  INVALID_TOKEN:
    'This setup link is not valid: it may have been used already, or the server was restarted since it printed it. Use the link the server printed last, or sign in.',
  EXPIRED_TOKEN: 'This setup link has expired. Restart the server for a new one, or use npm run create-admin.',
  SETUP_DONE: 'An admin exists already. Sign in, or ask an admin for an account.',
};

export function SetupPage({ initialToken }: { initialToken: string }) {
  const [token] = useState(initialToken);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    if (password !== again) {
      setErrors({ again: 'The two passwords differ.' });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const data = await mutate(SetupFirstAdminDocument, {
        token,
        username,
        password,
        displayName: displayName.trim() || null,
      });
      setDone(data.setupFirstAdmin.displayName);
    } catch (err) {
      if (err instanceof ApiError && err.problems.length) {
        const next: Record<string, string> = {};
        for (const p of err.problems) {
          const known = p.code ? FIELD_TEXT[p.code] : undefined;
          next[p.field] = known ?? `${p.field === 'password' ? 'The password' : 'This'} ${p.message}.`;
        }
        if (next.token) setFormError(next.token);
        setErrors(next);
      } else setFormError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const field = (name: string, text: string, input: ReactNode, hint?: string) => (
    <div className="setup-field">
      <label htmlFor={`setup-${name}`}>{text}</label>
      {input}
      {hint && (
        <p className="hint" id={`setup-${name}-hint`}>
          {hint}
        </p>
      )}
      {errors[name] && (
        <p className="error" id={`setup-${name}-error`} data-testid="setup-field-error">
          {errors[name]}
        </p>
      )}
    </div>
  );
  const described = (name: string, hint = false) =>
    [hint ? `setup-${name}-hint` : '', errors[name] ? `setup-${name}-error` : ''].filter(Boolean).join(' ') ||
    undefined;

  return (
    <main className="setup-page" aria-labelledby="setup-title">
      <h1 id="setup-title">Coordination Atlas: first steps</h1>
      {done ? (
        <div data-testid="setup-done" role="status">
          <p>
            The first admin, <strong>{done}</strong>, is created and signed in. This setup link no longer works.
          </p>
          <p>
            <a className="btn primary" href="/" data-testid="setup-open-explorer">
              Open the explorer
            </a>
          </p>
        </div>
      ) : !token ? (
        <p className="error" role="alert" data-testid="setup-no-token">
          This page needs the setup link the server printed at start-up (it ends in #token=…).
        </p>
      ) : (
        <form onSubmit={(e) => void submit(e)} aria-label="Create the first admin" data-testid="setup-form">
          <p>
            No one has an account yet. Create the first admin: they may read everything, edit, and make accounts for
            others. The link works once.
          </p>
          {field(
            'username',
            'User name',
            <input
              id="setup-username"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              autoComplete="username"
              required
              aria-invalid={!!errors.username}
              aria-describedby={described('username', true)}
              data-testid="setup-username"
            />,
            'Letters, digits, dot, dash or underscore.',
          )}
          {field(
            'displayName',
            'Name shown (optional)',
            <input
              id="setup-displayName"
              value={displayName}
              onChange={(e) => setDisplayName(e.target.value)}
              autoComplete="name"
              data-testid="setup-display-name"
            />,
          )}
          {field(
            'password',
            'Password',
            <input
              id="setup-password"
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="new-password"
              required
              aria-invalid={!!errors.password}
              aria-describedby={described('password', true)}
              data-testid="setup-password"
            />,
            'At least 10 characters.',
          )}
          {field(
            'again',
            'Password again',
            <input
              id="setup-again"
              type="password"
              value={again}
              onChange={(e) => setAgain(e.target.value)}
              autoComplete="new-password"
              required
              aria-invalid={!!errors.again}
              aria-describedby={described('again')}
              data-testid="setup-again"
            />,
          )}
          {formError && (
            <p className="error" role="alert" data-testid="setup-error">
              {formError}
            </p>
          )}
          <button type="submit" className="btn primary" disabled={busy} data-testid="setup-submit">
            Create the first admin
          </button>
        </form>
      )}
    </main>
  );
}
