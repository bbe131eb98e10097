/** Signing in, for editing: the server asks for an EDITOR session (a cookie set by `login`). */
import { useState, type FormEvent, type ReactNode } from 'react';
import { LoginDocument, LogoutDocument, MeDocument } from '../__generated__/graphql.js';
import { ApiError, errorText } from '../api/client.js';
import { mutate } from '../api/mutate.js';
import { useQuery } from '../api/useQuery.js';
import { label } from '../graph/vocabulary.js';

/** The user name and password fields; `testId` prefixes the fields' test ids. */
export function SignInForm({
  testId = 'signin',
  className = 'signin-form',
  onSignedIn,
}: {
  testId?: string;
  className?: string;
  onSignedIn?: () => void;
}) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await mutate(LoginDocument, { username, password });
      setPassword('');
      onSignedIn?.();
    } catch (err) {
      setError(
        err instanceof ApiError && err.code === 'UNAUTHENTICATED' ? 'Wrong user name or password.' : errorText(err),
      );
    }
  };
  return (
    <form className={className} onSubmit={(e) => void submit(e)} aria-label="Sign in" data-testid={`${testId}-form`}>
      <label>
        User name
        <input
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoComplete="username"
          data-testid={`${testId}-username`}
        />
      </label>
      <label>
        Password
        <input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          data-testid={`${testId}-password`}
        />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn primary small" data-testid={`${testId}-submit`}>
        Sign in
      </button>
    </form>
  );
}

export function SignIn() {
  const me = useQuery(MeDocument, {});
  const [open, setOpen] = useState(false);
  const user = me.data?.me;

  if (user)
    return (
      <div className="signin" data-testid="signed-in">
        <span title={label(user.role)}>{user.displayName}</span>
        <button type="button" className="link topbar-link" onClick={() => void mutate(LogoutDocument, {})}>
          Sign out
        </button>
      </div>
    );

  return (
    <div className="signin">
      <button
        type="button"
        className="link topbar-link"
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        data-testid="signin-open"
      >
        Sign in
      </button>
      {open && <SignInForm onSignedIn={() => setOpen(false)} />}
    </div>
  );
}

const MAY_EDIT = new Set(['EDITOR', 'ADMIN']);

/**
 * Shows its children (a form that changes data) only to a user who may save it; anyone else sees
 * "Sign in to edit" with the sign-in fields in place, and the form appears once they have signed in
 * as an editor. The server still checks every change: this only spares a form that cannot be saved.
 */
export function EditorOnly({ what, onCancel, children }: { what: string; onCancel(): void; children: ReactNode }) {
  const me = useQuery(MeDocument, {});
  if (me.loading && !me.data) return null;
  const user = me.data?.me;
  if (user && MAY_EDIT.has(user.role)) return <>{children}</>;
  return (
    <section className="edit-form sign-in-to-edit" aria-labelledby="sign-in-to-edit" data-testid="sign-in-to-edit">
      <h2 id="sign-in-to-edit">Sign in to edit</h2>
      <p>
        {user
          ? `You are signed in as ${user.displayName} (${label(user.role)}): ${what} needs an editor's account. Ask an admin to give you the editor role.`
          : `To ${what}, sign in with an editor's account. Anyone may read the graph without one.`}
      </p>
      {!user && <SignInForm testId="gate-signin" className="signin-form inline" />}
      <button type="button" className="btn small" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}
