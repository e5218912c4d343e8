/**
 * Exporting a chart: the SVG serialised with its computed styles inlined (so it looks the same
 * outside the page), a PNG drawn through a canvas at twice the size, both downloaded through a
 * blob URL and an `<a download>`.
 */

/** Style properties that decide how an SVG element looks once it leaves the page. */
const INLINED = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity',
  'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility',
] as const;

/** The SVG as a standalone document string, with computed styles copied into `style` attributes. */
export function serializeSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const view = svg.ownerDocument.defaultView;
  if (view && typeof view.getComputedStyle === 'function') {
    const originals = [svg, ...svg.querySelectorAll('*')];
    const copies = [copy, ...copy.querySelectorAll('*')];
    originals.forEach((original, i) => {
      const style = view.getComputedStyle(original);
      const declarations = INLINED.map((name) => [name, style.getPropertyValue(name)] as const)
        .filter(([, value]) => value !== '')
        .map(([name, value]) => `${name}:${value}`);
      if (declarations.length) copies[i]?.setAttribute('style', declarations.join(';'));
    });
  }
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const xml = new (view?.XMLSerializer ?? XMLSerializer)().serializeToString(copy);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

/** Starts a download of `blob` named `filename`. */
export function downloadBlob(document: Document, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportSvg(svg: SVGSVGElement, filename: string): void {
  exportSvgText(svg.ownerDocument, serializeSvg(svg), filename);
}

export function exportSvgText(document: Document, svgText: string, filename: string): void {
  downloadBlob(document, new Blob([svgText], { type: 'image/svg+xml' }), filename);
}

/** Draws the SVG on a canvas at `scale` × its size over a white background and downloads a PNG. */
export async function exportPng(svg: SVGSVGElement, filename: string, scale = 2): Promise<void> {
  const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal.width;
  const height = Number(svg.getAttribute('height')) || svg.viewBox.baseVal.height;
  await exportPngText(svg.ownerDocument, serializeSvg(svg), width, height, filename, scale);
}

/** As `exportPng`, from an SVG document already serialised (e.g. a standalone export). */
export async function exportPngText(document: Document, svgText: string, width: number, height: number, filename: string, scale = 2): Promise<void> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The chart could not be encoded as PNG.');
    downloadBlob(document, blob, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name from a chart name and a policy: `reach-share-delivery.svg`. */
export function exportName(...parts: string[]): string {
  return parts
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'chart';
}
