/**
 * The typeface the exports embed: Sarabun (open licence, Thai and Latin), the same files the
 * server embeds in PDF briefs, fetched once from the app's own font route (never from the web).
 */
const FILES = { regular: '/brief/fonts/sarabun-regular.ttf', bold: '/brief/fonts/sarabun-bold.ttf' } as const;

export interface FontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
}

let loading: Promise<FontFiles> | undefined;

export function exportFonts(): Promise<FontFiles> {
  loading ??= (async () => {
    const get = async (url: string) => {
      const res = await fetch(url, { credentials: 'same-origin' });
      if (!res.ok) throw new Error(`The export's typeface could not be loaded (${res.status}).`);
      return new Uint8Array(await res.arrayBuffer());
    };
    const [regular, bold] = await Promise.all([get(FILES.regular), get(FILES.bold)]);
    return { regular, bold };
  })().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

export function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** An SVG drawn onto a canvas at a scale: the browser's own renderer, with the SVG's embedded fonts. */
export async function rasterise(svg: string, width: number, height: number, scale: number): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not encode the PNG'))), 'image/png'),
  );
}
