/** Signing in, for editing: the server asks for an EDITOR session (a cookie set by `login`). */
import { useState, type FormEvent } from 'react';
import { LoginDocument, LogoutDocument, MeDocument } from '../__generated__/graphql.js';
import { ApiError, errorText } from '../api/client.js';
import { mutate } from '../api/mutate.js';
import { useQuery } from '../api/useQuery.js';
import { label } from '../graph/vocabulary.js';

export function SignIn() {
  const me = useQuery(MeDocument, {});
  const [open, setOpen] = useState(false);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
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

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await mutate(LoginDocument, { username, password });
      setOpen(false);
      setPassword('');
    } catch (err) {
      setError(
        err instanceof ApiError && err.code === 'UNAUTHENTICATED' ? 'Wrong user name or password.' : errorText(err),
      );
    }
  };

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
      {open && (
        <form className="signin-form" onSubmit={(e) => void submit(e)} aria-label="Sign in" data-testid="signin-form">
          <label>
            User name
            <input
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              autoComplete="username"
              data-testid="signin-username"
            />
          </label>
          <label>
            Password
            <input
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
              data-testid="signin-password"
            />
          </label>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="btn primary small" data-testid="signin-submit">
            Sign in
          </button>
        </form>
      )}
    </div>
  );
}
