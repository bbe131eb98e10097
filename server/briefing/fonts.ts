/**
 * The typeface embedded in PDF briefs and served to pages and SVGs: Sarabun (SIL Open Font
 * Licence; Thai and Latin), shipped by the @expo-google-fonts/sarabun package, read from disk
 * once, never downloaded at run time.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: '@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf',
  bold: '@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf',
} as const;
export type FontWeight = keyof typeof FONT_FILES;

const cache = new Map<FontWeight, Promise<Uint8Array>>();

export function fontBytes(weight: FontWeight): Promise<Uint8Array> {
  let bytes = cache.get(weight);
  if (!bytes) {
    bytes = readFile(require.resolve(FONT_FILES[weight])).then((b) => new Uint8Array(b));
    cache.set(weight, bytes);
  }
  return bytes;
}
