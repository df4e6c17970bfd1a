/**
 * Rule: tlsa/owner. A TLSA record whose owner is not `_<port>._<proto>.<host>` with a port
 * 1–65535 and protocol `tcp`, `udp` or `sctp` (RFC 6698 §3): clients never look it up there.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { ownerOrTypeRange } from '../../../zone-rules/record-index';
import { tlsaOwner } from '../parse';

const PROTOCOLS = ['tcp', 'udp', 'sctp'];

export const tlsaOwnerRule = defineRule({
  code: 'tlsa/owner',
  scope: 'record',
  types: ['TLSA'],
  severity: 'warning',
  reference: rfc(6698, '3'),
  docs: {
    what: 'A TLSA record whose owner is not `_<port>._<protocol>.<host>` (port 1–65535; `tcp`, `udp` or `sctp`).',
    why: 'Clients look TLSA records up at `_25._tcp.mail.example.com` for port 25 of `mail.example.com`; a record anywhere else is never found.',
    bad: 'mail IN TLSA 3 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    good: '_25._tcp.mail IN TLSA 3 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  },
  check(record, context) {
    const owner = tlsaOwner(record.owner);
    const range = ownerOrTypeRange(record);
    if (!owner) {
      context.report({
        range,
        message: `A TLSA record belongs at \`_<port>._<protocol>.<host>\`, e.g. \`_25._tcp.${record.owner}\` for SMTP to \`${record.owner}\`; at \`${record.owner}\` clients never look it up (RFC 6698 §3). Move it.`,
        record,
      });
      return;
    }
    const port = /^[0-9]{1,5}$/.test(owner.port) ? Number(owner.port) : NaN;
    if (!(port >= 1 && port <= 65535)) {
      context.report({
        range,
        message: `\`_${owner.port}\` is not a port number 1–65535; TLSA owners are \`_<port>._<protocol>.<host>\`, e.g. \`_25._tcp.\` for SMTP or \`_443._tcp.\` for HTTPS (RFC 6698 §3). Correct the port label.`,
        record,
      });
      return;
    }
    if (!PROTOCOLS.includes(owner.proto)) {
      context.report({
        range,
        message: `\`_${owner.proto}\` is not a transport protocol; TLSA owners use \`_tcp\`, \`_udp\` or \`_sctp\` after the port (RFC 6698 §3). Write e.g. \`_${owner.port}._tcp.${owner.host}\`.`,
        record,
      });
    }
  },
});
