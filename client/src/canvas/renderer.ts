/**
 * Which Cytoscape renderer draws a view. Past WEBGL_MIN_ELEMENTS elements the WebGL renderer
 * (Cytoscape ≥ 3.31) draws nodes and edges as instanced geometry and labels from texture atlases,
 * so panning a view of ten thousand elements redraws in a few milliseconds. Below it, and in
 * browsers without WebGL 2, the 2D canvas renderer draws (it draws labels more crisply).
 */
export const WEBGL_MIN_ELEMENTS = 1500;

let available: boolean | undefined;

/** Whether this browser gives a WebGL 2 context (asked once). */
export function webglAvailable(): boolean {
  if (available !== undefined) return available;
  try {
    const probe = document.createElement('canvas');
    const gl = probe.getContext('webgl2');
    available = !!gl;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    available = false;
  }
  // ?renderer=canvas turns WebGL off (to compare, or on a driver that draws it wrong).
  if (new URLSearchParams(window.location.search).get('renderer') === 'canvas') available = false;
  return available;
}
