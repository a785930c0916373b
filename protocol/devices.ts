// Kiosk and board devices as the admin API shows them. A device may hold a key: kiosks send it
// to take tickets under their own name (and print on their own printer); the print agent uses it
// too. Only its sha256 is stored, and the key itself is shown once, when it is made.
export type DeviceKind = 'kiosk' | 'board';

export interface DeviceView {
  id: string;
  kind: DeviceKind;
  name: string;
  location: string;
  note: string;
  /** When the current key was made; null = no key (the device cannot name itself). */
  keyCreatedAt: string | null;
}

/** `Authorization: Device <key>` over HTTP; `auth: { deviceKey }` on socket.io. */
export const DEVICE_AUTH_SCHEME = 'Device';

export interface DeviceKeyAnswer {
  device: DeviceView;
  /** Shown once: the hub keeps only its hash. */
  key: string;
}
