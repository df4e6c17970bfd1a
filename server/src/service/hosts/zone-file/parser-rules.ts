/** Rules reported by the zone-file parser itself (syntax, names, TTLs, RDATA). */
import type { ParserRule } from '../../rules/define-rule';

export const zoneParserRules: readonly ParserRule[] = [];
