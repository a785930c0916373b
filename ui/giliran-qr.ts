// A QR code drawn on a canvas from a text (the phone page URL). The encoded text is also kept in
// data-value, so tests and the curious can read what it points to.
import { LitElement, css, html, type PropertyValues } from 'lit';
import QRCode from 'qrcode';

export class GiliranQr extends LitElement {
  static override properties = {
    value: { reflect: true, attribute: 'data-value' },
    size: { type: Number },
    label: {},
  };
  static override styles = css`
    :host {
      display: inline-block;
      background: #fff;
      padding: 12px;
      border-radius: 12px;
      line-height: 0;
    }
    canvas {
      image-rendering: pixelated;
    }
  `;

  value = '';
  /** Width and height in CSS pixels. */
  size = 240;
  label = '';

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('value') && !changed.has('size')) return;
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas || !this.value) return;
    // Dark on white, margin drawn by our padding; level M survives a smudged screen photo.
    QRCode.toCanvas(canvas, this.value, {
      errorCorrectionLevel: 'M',
      margin: 0,
      width: this.size,
      color: { dark: '#000000', light: '#ffffff' },
    }).catch(() => {
      /* a value too long for a QR code: the canvas stays blank, the link text is still shown */
    });
  }

  override render() {
    return html`<canvas role="img" aria-label=${this.label || this.value} width=${this.size} height=${this.size}></canvas>`;
  }
}

customElements.define('giliran-qr', GiliranQr);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-qr': GiliranQr;
  }
}
