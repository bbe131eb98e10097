/** Runs ForceAtlas2 off the main thread so the page stays responsive while large graphs lay out. */
import { forceAtlasPositions, type ForceAtlasInput } from '../graph/forceatlas.js';

// Typed by hand: the project's TypeScript lib is the DOM's, whose postMessage is the window's.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ForceAtlasInput & { requestId: number }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { requestId, ...input } = event.data;
  const started = performance.now();
  const positions = forceAtlasPositions(input);
  scope.postMessage({ requestId, positions, ms: performance.now() - started });
};
