import type { NetworkInterfaceInfo } from 'node:os';
import type { NetworkAddress } from '../common/network/protocol';

/** This computer's network interfaces, as `os.networkInterfaces()` gives them. */
export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/**
 * An address the show can be opened at (see `NetworkAddress`): `main` is on the interface
 * that carries the default route (the venue's Wi-Fi or cable, as a rule); `other` another
 * Wi-Fi or Ethernet address; `vpn` reaches only the VPN's own peers (a tunnel, or CGNAT's
 * 100.64/10 as Tailscale uses it), so it comes last and is marked.
 */
export type ShownAddress = NetworkAddress;

/**
 * Interfaces no phone is on: container and virtual-machine bridges and their cables (Docker's
 * docker0 and br-…, libvirt's virbr…, VirtualBox's vboxnet… and "VirtualBox Host-Only",
 * VMware's vmnet… and "VMware Network Adapter", Hyper-V's and WSL's "vEthernet (…)", LXC/LXD,
 * Podman, Kubernetes' CNI and flannel, veth pairs).
 */
const VIRTUAL_BRIDGE = /^(docker\d*|br-[0-9a-f]+|virbr\d+|vboxnet\d+|vmnet\d+|veth.*|lxcbr\d+|lxdbr\d+|podman\d+|cni\d+|flannel.*|cali.*|vEthernet.*|VirtualBox.*|VMware.*)$/iu;
/** Tunnels: OpenVPN and other tun/tap, WireGuard, Tailscale, ZeroTier, PPP, macOS's utun, Windows' adapters named for them. */
const VPN = /^(tun\d*|tap\d*|wg\d*|tailscale\d*|zt.*|ppp\d*|utun\d*|ipsec\d*|.*(vpn|wireguard|tailscale|zerotier|openvpn).*)$/iu;

const octets = (address: string): number[] => address.split('.').map(Number);

/** 10/8, 172.16/12, 192.168/16: the ranges home, venue and hotspot networks use. */
export function isPrivateIpv4(address: string): boolean {
  const [a = 0, b = 0] = octets(address);
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

const isLinkLocal = (address: string): boolean => address.startsWith('169.254.');
const isCgnat = (address: string): boolean => {
  const [a = 0, b = 0] = octets(address);
  return a === 100 && b >= 64 && b <= 127;
};

/**
 * The addresses phones could open the show at, best first: the private-range address of
 * the interface with the default route; then other Wi-Fi or Ethernet addresses (private
 * before public); VPN and CGNAT addresses last. Left out: loopback, link-local 169.254
 * (a port that found no DHCP server), and container or VM bridges. IPv4 only: a phone
 * types and scans those, and every venue network has one. `defaultRouteInterface` is
 * what the system says (Linux: /proc/net/route); without it the ranking alone decides.
 */
export function rankAddresses(interfaces: Interfaces, defaultRouteInterface?: string): ShownAddress[] {
  const candidates = Object.entries(interfaces).flatMap(([interfaceName, entries]) =>
    (entries ?? [])
      .filter((entry) => entry.family === 'IPv4' && !entry.internal && !isLinkLocal(entry.address) && !VIRTUAL_BRIDGE.test(interfaceName))
      .map((entry) => ({ address: entry.address, interfaceName })),
  );
  const rank = ({ address, interfaceName }: { address: string; interfaceName: string }): number => {
    if (VPN.test(interfaceName) || isCgnat(address)) return 3;
    if (!isPrivateIpv4(address)) return 2;
    return interfaceName === defaultRouteInterface ? 0 : 1;
  };
  // A stable sort: within a rank, the system's own order of interfaces stands.
  return candidates
    .map((candidate) => ({ ...candidate, rank: rank(candidate) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ address, interfaceName, rank: order }) => ({ address, interfaceName, kind: order === 0 ? 'main' : order === 3 ? 'vpn' : 'other' }));
}

/** Whether any of the addresses is one a phone in the room is likely to reach (not only VPNs, or none at all). */
export const hasReachableAddress = (addresses: readonly ShownAddress[]): boolean => addresses.some((address) => address.kind !== 'vpn');

/** What the presenter view and the terminal say when no address is likely reachable. */
export const UNREACHABLE_NETWORK = 'this computer is not on a network phones can join: connect to the venue’s Wi-Fi or start a hotspot';
