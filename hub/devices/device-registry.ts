// The registry of kiosks and boards: read once from the store, written whole through it (the
// embedded store keeps DATA_DIR/devices.json). It also answers "which device holds this key?"
// for kiosks and print agents.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DeviceView } from '../../protocol/devices.js';
import { DEVICE_AUTH_SCHEME } from '../../protocol/devices.js';
import type { Store, StoredDevice } from '../store/store.js';

export type { StoredDevice };

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function toDeviceView(d: StoredDevice): DeviceView {
  return { id: d.id, kind: d.kind, name: d.name, location: d.location, note: d.note, keyCreatedAt: d.keyHash ? (d.keyCreatedAt ?? null) : null };
}

/** The key from `Authorization: Device <key>`, if the header has that form. */
export function deviceKeyFromHeaders(headers: { authorization?: string }): string | undefined {
  const auth = headers.authorization;
  const prefix = `${DEVICE_AUTH_SCHEME} `;
  return auth?.startsWith(prefix) ? auth.slice(prefix.length).trim() || undefined : undefined;
}

export class DeviceRegistry {
  private devices: StoredDevice[] | null = null;

  constructor(
    private readonly store: Pick<Store, 'readDevices' | 'writeDevices'>,
    private readonly now: () => Date,
  ) {}

  /** Reads the registry once; data of the wrong shape stops the hub (StoreCorruptError). */
  async load(): Promise<StoredDevice[]> {
    this.devices ??= (await this.store.readDevices()) ?? [];
    return this.devices;
  }

  async list(): Promise<DeviceView[]> {
    return (await this.load()).map(toDeviceView);
  }

  async find(id: string): Promise<StoredDevice | undefined> {
    return (await this.load()).find((d) => d.id === id);
  }

  private async save(devices: StoredDevice[]): Promise<void> {
    this.devices = devices;
    await this.store.writeDevices(devices);
  }

  async add(d: Omit<StoredDevice, 'keyHash' | 'keyCreatedAt'>): Promise<StoredDevice> {
    await this.save([...(await this.load()), d]);
    return d;
  }

  /** Replaces the fields given; the key is kept. */
  async update(id: string, patch: Partial<Omit<StoredDevice, 'id' | 'keyHash' | 'keyCreatedAt'>>): Promise<StoredDevice | undefined> {
    const devices = await this.load();
    const old = devices.find((d) => d.id === id);
    if (!old) return undefined;
    const device = { ...old, ...patch };
    await this.save(devices.map((d) => (d.id === id ? device : d)));
    return device;
  }

  async remove(id: string): Promise<boolean> {
    const devices = await this.load();
    if (!devices.some((d) => d.id === id)) return false;
    await this.save(devices.filter((d) => d.id !== id));
    return true;
  }

  /** Makes a new key for the device (the old one stops working at once); returns it once. */
  async newKey(id: string): Promise<{ device: StoredDevice; key: string } | undefined> {
    const devices = await this.load();
    const old = devices.find((d) => d.id === id);
    if (!old) return undefined;
    const key = randomBytes(24).toString('base64url');
    const device = { ...old, keyHash: sha256(key), keyCreatedAt: this.now().toISOString() };
    await this.save(devices.map((d) => (d.id === id ? device : d)));
    return { device, key };
  }

  /** The device holding this key, or null. Loaded at start, so this is synchronous. */
  authenticate(key: string | undefined): StoredDevice | null {
    if (!key || !this.devices) return null;
    const hash = Buffer.from(sha256(key), 'hex');
    for (const d of this.devices) {
      if (d.keyHash && timingSafeEqual(Buffer.from(d.keyHash, 'hex'), hash)) return d;
    }
    return null;
  }
}
