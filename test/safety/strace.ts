// Test helper: what an `strace -f -e trace=network` log says a process tree did on the network.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface NetworkUse {
  /** connect/sendto/sendmsg to port 53: DNS queries (or the connect before one). */
  dns: string[];
  /** connect() to an internet address that is not loopback. */
  outside: string[];
  /** socket() calls for AF_INET or AF_INET6 (TCP or UDP). */
  inetSockets: string[];
  /** socket() calls for TCP. */
  tcpSockets: string[];
}

const LOOPBACK = /inet_addr\("127\.|inet_pton\(AF_INET6, "::1"|inet_pton\(AF_INET6, "::ffff:127\./;

export function networkUse(logFile: string): NetworkUse {
  const lines = readFileSync(logFile, 'utf8').split('\n');
  return {
    dns: lines.filter((l) => /\b(connect|sendto|sendmsg|sendmmsg)\(.*htons\(53\)/.test(l)),
    outside: lines.filter((l) => /\bconnect\(\d+, \{sa_family=AF_INET6?,/.test(l) && !LOOPBACK.test(l)),
    inetSockets: lines.filter((l) => /\bsocket\(AF_INET6?,/.test(l)),
    tcpSockets: lines.filter((l) => /\bsocket\(AF_INET6?, SOCK_STREAM/.test(l)),
  };
}

/** The strace executable, or undefined with the reason the tests that need it are skipped. */
export function straceForTests(): string | undefined {
  try {
    execFileSync('strace', ['-V'], { stdio: 'ignore' });
    execFileSync('strace', ['-f', '-qq', '-e', 'trace=network', '-o', '/dev/null', 'true'], { stdio: 'ignore' });
    return 'strace';
  } catch {
    console.warn('Skipping the network-isolation tests: strace is not installed or may not trace here (ptrace forbidden); scripts/setup.sh installs it');
    return undefined;
  }
}
