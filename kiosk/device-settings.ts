// This kiosk's own settings, kept in the browser's localStorage (one kiosk = one browser profile).
// Changing them needs the admin password (see giliran-kiosk-settings.ts).
import type { Lang } from '../protocol/config.js';

export interface DeviceSettings {
  /** Sent as `device` with each ticket so the hub can print on this kiosk's printer. */
  deviceName: string;
  /** The language the kiosk returns to after each visitor. */
  language: Lang;
  /** The printer whose status this kiosk shows ('' = none). */
  printerId: string;
  /** The key the hub gave this device ('' = unregistered: tickets go without a device name). */
  deviceKey: string;
}

const KEY = 'giliran.kiosk.device';
export const DEVICE_NAME = /^[A-Za-z0-9_-]{1,64}$/;
export const defaultDeviceSettings: DeviceSettings = { deviceName: 'kiosk-1', language: 'id', printerId: '', deviceKey: '' };

export function loadDeviceSettings(): DeviceSettings {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<DeviceSettings>;
    return {
      deviceName: typeof raw.deviceName === 'string' && DEVICE_NAME.test(raw.deviceName) ? raw.deviceName : defaultDeviceSettings.deviceName,
      language: raw.language === 'en' ? 'en' : 'id',
      printerId: typeof raw.printerId === 'string' ? raw.printerId : '',
      deviceKey: typeof raw.deviceKey === 'string' ? raw.deviceKey : '',
    };
  } catch {
    return { ...defaultDeviceSettings };
  }
}

export function saveDeviceSettings(s: DeviceSettings): void {
  localStorage.setItem(KEY, JSON.stringify(s));
}
