/** The codes the zone-file parser reports; each is a registered rule in `parser-rules.ts`. */
export const CODES = {
  syntax: 'zone/syntax',
  unknownType: 'zone/unknown-type',
  invalidTtl: 'zone/invalid-ttl',
  missingTtl: 'zone/missing-ttl',
  invalidEscape: 'zone/invalid-escape',
  invalidName: 'zone/invalid-name',
  invalidDirective: 'zone/invalid-directive',
  missingOrigin: 'zone/missing-origin',
  includeMissing: 'zone/include-missing',
  includeLoop: 'zone/include-loop',
  binaryContent: 'zone/binary-content',
  tooLarge: 'zone/too-large',
} as const;
