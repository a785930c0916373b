// The console for one counter: the current ticket, the actions (buttons and keys), the waiting
// list and the dialogs. One action at a time; the hub's answer or error is shown in one line.
// A 401 is passed up as `session-lost`; what the screen shows comes from the live state.
import { LitElement, css, html, nothing } from 'lit';
import type { PriorityPolicy } from '../protocol/config.js';
import type { StaffState, StaffTicket } from '../protocol/staff.js';
import { ApiError } from '../ui/api.js';
import { CallAlert } from '../ui/call-alert.js';
import { baseStyles } from '../ui/theme.js';
import { commands } from './counter-api.js';
import { errorText } from '../ui/error-text.js';
import { isSessionLost } from './counter-errors.js';
import { actionForKey, type CounterAction } from './counter-keys.js';
import { i18n, type CounterKey } from './counter-strings.js';
import { DEFAULT_POLICY, availableActions, currentTicket, findCounter, findService, nextStage, reopenable, roomActions, waitingList } from './counter-view.js';
import { batchRange } from '../ui/batch-range.js';
import './giliran-counter-actions.js';
import './giliran-counter-current.js';
import './giliran-counter-pass-on.js';
import './giliran-counter-reason.js';
import './giliran-counter-room.js';
import './giliran-counter-transfer.js';
import './giliran-counter-waiting.js';

type Message = { kind: 'ok' | 'warn' | 'error'; text: string };
type Dialog = { kind: 'reason' | 'transfer' | 'passOn' | 'reopen'; ticket: StaffTicket; stage?: string } | null;
type Answer = { ticket?: StaffTicket | null } | unknown;

/** A first press of a guarded action waits this long for the confirming second press. */
const ARM_MS = 5000;
const MESSAGE_MS = { ok: 4000, warn: ARM_MS, error: 12_000 };

const editable = (el: EventTarget | undefined) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

export class GiliranCounterConsole extends LitElement {
  static override properties = {
    state: { attribute: false },
    counterId: {},
    offsetMs: { type: Number },
    busy: { state: true },
    armed: { state: true },
    message: { state: true },
    dialog: { state: true },
  };
  static override styles = [
    baseStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: minmax(0, 1.75fr) minmax(300px, 1fr);
        gap: 16px;
        min-height: 0;
        font-size: var(--g-text);
      }
      .left {
        display: grid;
        /* The buttons grow with the screen, but never below a comfortable touch size. */
        grid-template-rows: minmax(0, 1fr) auto minmax(250px, 0.85fr);
        gap: 12px;
        min-height: 0;
      }
      .message {
        min-height: 52px;
        display: flex;
        align-items: center;
        padding: 8px 18px;
        border-radius: 12px;
        font-weight: 700;
      }
      .message.ok {
        background: rgba(47, 191, 113, 0.18);
        color: #9af0c1;
      }
      .message.warn {
        background: var(--g-accent);
        color: var(--g-accent-fg);
      }
      .message.error {
        background: var(--g-danger);
        color: #fff;
      }
      .message {
        gap: 14px;
      }
      .message .reopen {
        margin-left: auto;
        display: flex;
        align-items: center;
        gap: 12px;
        font-weight: 400;
        color: var(--g-fg);
      }
      .message .reopen button {
        padding: 0 18px;
        background: var(--g-surface-2);
        font-weight: 700;
      }
    `,
  ];

  state: StaffState | null = null;
  counterId = '';
  offsetMs = 0;
  busy = false;
  armed: CounterAction | null = null;
  message: Message | null = null;
  dialog: Dialog = null;
  private readonly alert = new CallAlert();
  private armTimer: ReturnType<typeof setTimeout> | null = null;
  private messageTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    super();
    i18n.bind(this); // re-render on a language change: nobody passes `lang` down
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('keydown', this.onKeyDown);
    addEventListener('keyup', this.onKeyUp);
    addEventListener('pointerdown', this.unlockSound);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('keydown', this.onKeyDown);
    removeEventListener('keyup', this.onKeyUp);
    removeEventListener('pointerdown', this.unlockSound);
    if (this.armTimer) clearTimeout(this.armTimer);
    if (this.messageTimer) clearTimeout(this.messageTimer);
  }

  // Browsers allow sound only after a gesture; every tap or key press is one.
  private unlockSound = (): void => void this.alert.unlock();

  private onKeyDown = (e: KeyboardEvent): void => {
    this.unlockSound();
    if (this.dialog || editable(e.composedPath()[0])) return;
    const action = actionForKey(e);
    if (!action) return;
    e.preventDefault(); // Space must neither scroll nor press the focused button as well
    void this.perform(action);
  };

  private onKeyUp = (e: KeyboardEvent): void => {
    if (e.key === ' ' && !this.dialog && !editable(e.composedPath()[0])) e.preventDefault();
  };

  private view() {
    const state = this.state!;
    const counter = findCounter(state, this.counterId)!;
    const room = !!counter.capacity;
    // A room holds batches, not one ticket: its panel and actions are the room's.
    const ticket = room ? null : currentTicket(state, counter.id);
    const next = nextStage(state, ticket);
    const waiting = state.tickets.filter((t) => t.status === 'waiting' && counter.services.includes(t.service)).length;
    const enabled = room ? roomActions(counter, waiting) : availableActions(counter, ticket, next);
    return { state, counter, ticket, next, enabled, room, waiting };
  }

  private say(kind: Message['kind'], key: CounterKey, vars?: Record<string, string | number>): void {
    this.sayText(kind, i18n.t(key, vars));
  }

  private sayText(kind: Message['kind'], text: string): void {
    this.message = { kind, text };
    if (this.messageTimer) clearTimeout(this.messageTimer);
    this.messageTimer = setTimeout(() => (this.message = null), MESSAGE_MS[kind]);
  }

  /** Guarded actions need a second press within ARM_MS; returns true when this press may go on. */
  private confirmed(action: CounterAction, key: CounterKey, vars: Record<string, string | number>): boolean {
    if (this.armed === action) return true;
    this.armed = action;
    if (this.armTimer) clearTimeout(this.armTimer);
    this.armTimer = setTimeout(() => (this.armed = null), ARM_MS);
    this.say('warn', key, vars);
    return false;
  }

  async perform(action: CounterAction): Promise<void> {
    if (this.busy || !this.state || !findCounter(this.state, this.counterId)) return;
    const { state, counter, ticket, next, enabled, room } = this.view();
    if (!enabled.has(action)) {
      if (action === 'callNext') this.say('error', room && counter.status === 'open' ? 'errRoomFull' : 'errPaused');
      return;
    }
    if (this.armed !== action) this.armed = null;
    if (room) return this.performRoom(action);
    const n = ticket?.number ?? '';
    const stage = next ? i18n.name(next.name) : '';
    switch (action) {
      case 'callNext':
        // The hub passes a held multi-stage ticket on to its next stage (it never ends the visit).
        return this.run(() => commands.callNext(counter.id), (r) => ['called', { number: numberOf(r), counter: counter.name }]);
      case 'recall':
        return this.run(() => commands.recall(ticket!.id), () => ['recalled', { number: n }]);
      case 'start':
        return this.run(() => commands.start(ticket!.id), () => ['started', { number: n }]);
      case 'finish':
        // The visit chain: a ticket with a next stage is not ended on one key; ask, pass on by default.
        if (next) {
          this.dialog = { kind: 'passOn', ticket: ticket!, stage };
          return;
        }
        return this.run(() => commands.finish(ticket!.id), () => ['finished', { number: n }]);
      case 'finishPass':
        return this.run(() => commands.finishAndNext(ticket!.id), () => ['passedOn', { number: n, stage }]);
      case 'transfer':
        this.dialog = { kind: 'transfer', ticket: ticket! };
        return;
      case 'noShow': {
        const max = state.site.maxRecalls;
        const ask = ticket!.recalls === 0 ? 'confirmNoShowNever' : 'confirmNoShow';
        if (ticket!.recalls < max && !this.confirmed(action, ask, { number: n, n: ticket!.recalls, max })) return;
        return this.run(() => commands.noShow(ticket!.id), () => ['markedNoShow', { number: n }]);
      }
      case 'pauseOpen':
        if (counter.status === 'open') return this.run(() => commands.pause(counter.id), () => ['paused', {}]);
        return this.run(() => commands.open(counter.id), () => ['opened', {}]);
    }
  }

  /** A visit room: Space fills it, S starts the sessions called in, F ends the oldest batch. */
  private performRoom(action: CounterAction): Promise<void> | void {
    const { counter } = this.view();
    const oldest = counter.batches?.[0];
    switch (action) {
      case 'callNext':
        return this.callBatch(null);
      case 'start':
        return this.run(() => commands.startBatch(counter.id), (r) => ['batchStarted', { n: String(countOf(r)) }]);
      case 'finish':
        if (!oldest) return;
        return this.endBatch(oldest.calledAt);
      case 'pauseOpen':
        if (counter.status === 'open') return this.run(() => commands.pause(counter.id), () => ['paused', {}]);
        return this.run(() => commands.open(counter.id), () => ['opened', {}]);
      default:
        return;
    }
  }

  private callBatch(count: number | null): Promise<void> {
    const counter = findCounter(this.state!, this.counterId)!;
    return this.run(
      () => commands.callBatch(counter.id, count),
      (r) => {
        const numbers = ((r as { tickets?: StaffTicket[] }).tickets ?? []).map((t) => t.number);
        const [first, last] = batchRange(numbers).split(' – ');
        return ['batchCalled', { first, last: last ?? first, counter: counter.name, n: String(numbers.length) }];
      },
    );
  }

  /** Ending a session is guarded: F (or the button) twice within a few seconds. */
  private endBatch(calledAt: string): Promise<void> | void {
    const counter = findCounter(this.state!, this.counterId)!;
    const batch = counter.batches?.find((b) => b.calledAt === calledAt);
    if (!batch) return;
    const [first, last] = batchRange(batch.numbers).split(' – ');
    if (!this.confirmed('finish', 'confirmEndBatch', { first, last: last ?? first })) return;
    return this.run(() => commands.finishBatch(counter.id, calledAt), (r) => ['batchEnded', { n: String(countOf(r)) }]);
  }

  private async run(call: () => Promise<Answer>, done: (r: Answer) => [CounterKey, Record<string, string>]): Promise<void> {
    this.armed = null;
    this.busy = true;
    try {
      const r = await call();
      const [key, vars] = done(r);
      this.say('ok', key, vars);
    } catch (err) {
      this.failed(err);
    } finally {
      this.busy = false;
    }
  }

  private failed(err: unknown): void {
    if (isSessionLost(err)) return void this.fire('session-lost');
    const code = err instanceof ApiError ? err.code : null;
    if (code === 'unknown_counter') return void this.fire('counter-gone');
    // The screen was behind the hub (another officer was faster): fetch the truth.
    if (code === 'illegal_transition' || code === 'not_found' || code === 'nothing_waiting') this.fire('resync');
    this.sayText('error', errorText(err, i18n.lang).text);
  }

  private fire(name: string): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }

  private reprint(e: CustomEvent<StaffTicket>): void {
    const t = e.detail;
    if (!this.busy) void this.run(() => commands.reprint(t.id), () => ['reprinted', { number: t.number }]);
  }

  private askReason(e: CustomEvent<StaffTicket>): void {
    const { ticket, next } = this.view();
    if (ticket && next) return this.say('warn', 'finishFirst', { number: ticket.number });
    this.dialog = { kind: 'reason', ticket: e.detail };
  }

  private closeDialog(): void {
    this.dialog = null;
  }

  private callOutOfOrder(reason: string): void {
    const t = this.dialog!.ticket;
    this.dialog = null;
    void this.run(
      () => commands.callTicket(this.counterId, t.id, reason),
      () => ['called', { number: t.number, counter: findCounter(this.state!, this.counterId)?.name ?? '' }],
    );
  }

  private transferTo(service: string): void {
    const t = this.dialog!.ticket;
    this.dialog = null;
    const stage = findService(this.state!, service);
    void this.run(() => commands.transfer(t.id, service), () => ['transferred', { number: t.number, stage: stage ? i18n.name(stage.name) : service }]);
  }

  private passOnChoice(choice: 'pass' | 'end'): void {
    const d = this.dialog!;
    this.dialog = null;
    const stage = d.stage ?? '';
    if (choice === 'pass') void this.run(() => commands.finishAndNext(d.ticket.id), () => ['passedOn', { number: d.ticket.number, stage }]);
    else void this.run(() => commands.finish(d.ticket.id), () => ['visitEnded', { number: d.ticket.number }]);
  }

  private reopen(reason: string): void {
    const d = this.dialog!;
    this.dialog = null;
    void this.run(() => commands.reopen(d.ticket.id, reason), () => ['reopened', { number: d.ticket.number, stage: d.stage ?? '' }]);
  }

  private renderDialog() {
    const d = this.dialog;
    if (!d) return nothing;
    if (d.kind === 'passOn') {
      return html`<giliran-counter-pass-on
        .number=${d.ticket.number}
        .stage=${d.stage ?? ''}
        @pass=${() => this.passOnChoice('pass')}
        @end=${() => this.passOnChoice('end')}
        @cancel=${this.closeDialog}
      ></giliran-counter-pass-on>`;
    }
    if (d.kind === 'reopen') {
      const vars = { number: d.ticket.number, stage: d.stage ?? '' };
      return html`<giliran-counter-reason
        .number=${d.ticket.number}
        .heading=${i18n.t('reopenTitle', vars)}
        .hint=${i18n.t('reopenHint')}
        .placeholder=${i18n.t('reopenPlaceholder')}
        .confirmLabel=${i18n.t('reopenConfirm')}
        @confirm=${(e: CustomEvent<string>) => this.reopen(e.detail)}
        @cancel=${this.closeDialog}
      ></giliran-counter-reason>`;
    }
    if (d.kind === 'reason') {
      return html`<giliran-counter-reason .number=${d.ticket.number} @confirm=${(e: CustomEvent<string>) => this.callOutOfOrder(e.detail)} @cancel=${this.closeDialog}></giliran-counter-reason>`;
    }
    const targets = this.state!.services.filter((s) => s.id !== d.ticket.service && s.closedReason !== 'inactive');
    return html`<giliran-counter-transfer .number=${d.ticket.number} .services=${targets} @pick=${(e: CustomEvent<string>) => this.transferTo(e.detail)} @cancel=${this.closeDialog}></giliran-counter-transfer>`;
  }

  override render() {
    if (!this.state || !findCounter(this.state, this.counterId)) return nothing;
    const { state, counter, ticket, next, enabled, room, waiting } = this.view();
    const policy = (state.site as { priority?: PriorityPolicy }).priority ?? DEFAULT_POLICY;
    const list = waitingList(state, counter, policy);
    const service = findService(state, ticket?.service);
    const from = findService(state, ticket?.history.at(-1));
    const m = this.message;
    const undo = room ? null : reopenable(state, counter.id);
    const undoStage = undo ? i18n.name(undo.next.name) : '';
    const panel = room
      ? html`<giliran-counter-room
          .counter=${counter}
          .waiting=${waiting}
          .busy=${this.busy}
          .offsetMs=${this.offsetMs}
          @call-batch=${(e: CustomEvent<number | null>) => void this.callBatch(e.detail)}
          @end-batch=${(e: CustomEvent<string>) => void this.endBatch(e.detail)}
          @session-ended=${() => this.alert.alert()}
        ></giliran-counter-room>`
      : null;
    return html`
      <div class="left" @reprint=${this.reprint}>
        ${panel ?? html`<giliran-counter-current
          .ticket=${ticket}
          .counter=${counter}
          .serviceName=${service ? i18n.name(service.name) : ''}
          .fromStage=${from ? i18n.name(from.name) : null}
          .maxRecalls=${state.site.maxRecalls}
          .offsetMs=${this.offsetMs}
          @session-ended=${() => this.alert.alert()}
        ></giliran-counter-current>`}
        <div class="message ${m?.kind ?? ''}">
          <span role=${m?.kind === 'error' ? 'alert' : 'status'} aria-live="polite">${m?.text ?? ''}</span>
          ${undo && !m
            ? html`<span class="reopen" data-reopen=${undo.ticket.number}>
                ${i18n.t('reopenOffer', { number: undo.ticket.number })}
                <button ?disabled=${this.busy} @click=${() => (this.dialog = { kind: 'reopen', ticket: undo.ticket, stage: undoStage })}>
                  ${i18n.t('reopenButton', { stage: undoStage })}
                </button>
              </span>`
            : nothing}
        </div>
        <giliran-counter-actions
          .enabled=${enabled}
          .busy=${this.busy}
          .armed=${this.armed}
          .paused=${counter.status !== 'open'}
          .noShowDue=${!!ticket && ticket.status === 'called' && ticket.recalls >= state.site.maxRecalls}
          .recalls=${ticket?.recalls ?? 0}
          .holding=${ticket?.number ?? null}
          .nextStage=${next ? i18n.name(next.name) : null}
          .room=${room}
          @action=${(e: CustomEvent<CounterAction>) => this.perform(e.detail)}
        ></giliran-counter-actions>
      </div>
      <giliran-counter-waiting
        .tickets=${list.tickets}
        .headIsNext=${list.headIsNext}
        .services=${state.services}
        .showService=${counter.services.length > 1}
        .offsetMs=${this.offsetMs}
        .busy=${this.busy}
        @call-ticket=${this.askReason}
        @reprint=${this.reprint}
      ></giliran-counter-waiting>
      ${this.renderDialog()}
    `;
  }
}

function countOf(r: Answer): number {
  return (r as { tickets?: unknown[] })?.tickets?.length ?? 0;
}

function numberOf(r: Answer): string {
  return (r as { ticket?: StaffTicket | null })?.ticket?.number ?? '';
}

customElements.define('giliran-counter-console', GiliranCounterConsole);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-counter-console': GiliranCounterConsole;
  }
}
