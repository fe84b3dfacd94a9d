// fontkit ships no types; pdfkit depends on it, and the PDF building block only needs to parse a font once.
declare module 'fontkit' {
  /** A parsed font; pdfkit accepts it as a font source (it has a `layout` method). */
  export interface Font {
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
