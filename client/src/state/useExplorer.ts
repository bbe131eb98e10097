/**
 * The explorer's state, kept in the URL: each action pushes a history entry (selection only
 * replaces it), and the back and forward buttons restore the state the URL holds.
 */
import { useEffect, useReducer, type Dispatch } from 'react';
import { decodeState, encodeState } from '../graph/url-state.js';
import { explorerReducer, initialExplorerState, type Action, type ExplorerState } from './explorer.js';

export function useExplorer(): [ExplorerState, Dispatch<Action>] {
  const [state, dispatch] = useReducer(explorerReducer, undefined, () =>
    initialExplorerState(decodeState(window.location.search)),
  );

  useEffect(() => {
    const onPop = () => dispatch({ type: 'restore', state: decodeState(window.location.search) });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (state.url === 'none') return;
    const search = encodeState(state.current);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (state.url === 'replace') window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }, [state]);

  return [state, dispatch];
}
