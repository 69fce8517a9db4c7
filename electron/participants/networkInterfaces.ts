/**
 * The laptop's IPv4 addresses phones could reach: every non-internal interface, the Wi-Fi or
 * hotspot first by name. The facilitator picks one when a laptop has several.
 */
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

export interface LanAddress {
  name: string;
  address: string;
}

const WIRELESS = /^(wl|wlan|wi-?fi|en0|ap|bridge|drahtlos)/i;

export function lanAddresses(source: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): LanAddress[] {
  const found: LanAddress[] = [];
  for (const [name, infos] of Object.entries(source)) {
    for (const info of infos ?? []) {
      if (info.family === 'IPv4' && !info.internal) found.push({ name, address: info.address });
    }
  }
  return found.sort((a, b) => Number(WIRELESS.test(b.name)) - Number(WIRELESS.test(a.name)) || a.name.localeCompare(b.name));
}
