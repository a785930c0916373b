// The part of `qrcode` the browser apps use. @types/qrcode references Node's types, which would let
// Node globals (process, Buffer) into the browser build unchecked; tsconfig.browser.json maps the
// module name here instead.
interface ToCanvasOptions {
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
  margin?: number;
  width?: number;
  color?: { dark?: string; light?: string };
}
declare const QRCode: { toCanvas(canvas: HTMLCanvasElement, text: string, options?: ToCanvasOptions): Promise<void> };
export default QRCode;
