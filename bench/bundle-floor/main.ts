// The smallest app on our stack: one Lit element showing what one socket.io event says. Its
// gzip size is the floor every app pays before any Giliran code (bench/bundle-size.ts).
import { LitElement, html } from 'lit';
import { io } from 'socket.io-client';

class BenchFloor extends LitElement {
  static override properties = { seq: { type: Number } };
  seq = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    io({ transports: ['websocket', 'polling'] }).on('state', (s: { seq: number }) => (this.seq = s.seq));
  }

  override render() {
    return html`<p>seq ${this.seq}</p>`;
  }
}

customElements.define('bench-floor', BenchFloor);
