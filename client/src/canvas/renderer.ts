/**
 * Which Cytoscape renderer draws a view. Past WEBGL_MIN_ELEMENTS elements the WebGL renderer
 * (Cytoscape ≥ 3.31) draws nodes and edges as instanced geometry and labels from texture atlases,
 * so a GPU redraws a view of ten thousand elements in a few milliseconds while it pans.
 *
 * Only on a GPU, though. Without one, Chromium gives WebGL through SwiftShader (or Mesa through
 * llvmpipe), on the CPU, and there the 2D canvas renderer, which pans a snapshot of the drawing
 * (textureOnViewport), is several times faster: `npm run bench:explorer` measured 55 fps against
 * 9 fps at 5,000 elements in headless Chromium. So a software WebGL counts as none.
 * `?renderer=webgl` or `?renderer=canvas` overrides the choice (to compare, or for a driver that
 * draws it wrong).
 */
export const WEBGL_MIN_ELEMENTS = 1500;

let available: boolean | undefined;

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i;

/** Whether this browser gives a hardware WebGL 2 context (asked once). */
export function webglAvailable(): boolean {
  if (available !== undefined) return available;
  const forced = new URLSearchParams(window.location.search).get('renderer');
  let gl: WebGL2RenderingContext | null;
  try {
    gl = document.createElement('canvas').getContext('webgl2');
  } catch {
    gl = null;
  }
  if (!gl || forced === 'canvas') available = false;
  else if (forced === 'webgl') available = true;
  else {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    available = !SOFTWARE.test(name);
  }
  gl?.getExtension('WEBGL_lose_context')?.loseContext();
  return available;
}
