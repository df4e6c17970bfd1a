/**
 * Checks a BIND `$GENERATE range lhs [ttl] [class] type rhs` directive: the range
 * `start-stop[/step]`, the `$` substitutions `${offset[,width[,base]]}` and the type.
 */
import { canonicalClassName, canonicalTypeName } from '../../records/rr-types';

export interface GenerateProblem {
  /** Index of the argument at fault (-1 for the directive as a whole). */
  readonly arg: number;
  readonly message: string;
}

function isNumber(text: string): boolean {
  if (text.length === 0 || text.length > 10) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function checkRange(text: string): string | undefined {
  const slash = text.indexOf('/');
  const span = slash >= 0 ? text.slice(0, slash) : text;
  const step = slash >= 0 ? text.slice(slash + 1) : '1';
  const dash = span.indexOf('-');
  if (dash <= 0 || !isNumber(span.slice(0, dash)) || !isNumber(span.slice(dash + 1)) || !isNumber(step)) {
    return `\`${text}\` is not a range: write \`start-stop\` or \`start-stop/step\`, e.g. \`1-254\`.`;
  }
  const start = Number(span.slice(0, dash));
  const stop = Number(span.slice(dash + 1));
  if (start > stop) return `The range starts after it stops (${start} > ${stop}): swap the numbers.`;
  if (Number(step) === 0) return 'The step is 0: use a step of 1 or more.';
  if (stop > 2147483647) return 'The range ends above 2147483647: use a smaller stop value.';
  return undefined;
}

function checkTemplate(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      i++;
      continue;
    }
    if (c !== 36 /* $ */ || text.charCodeAt(i + 1) !== 123 /* { */) continue;
    const close = text.indexOf('}', i + 2);
    if (close < 0) return `\`${text}\` opens \`\${\` without a closing \`}\`: write \`\${offset,width,base}\`.`;
    const parts = text.slice(i + 2, close).split(',');
    const [offset, width, base] = parts;
    const signed = offset !== undefined && (offset.startsWith('-') || offset.startsWith('+')) ? offset.slice(1) : offset;
    if (parts.length > 3 || signed === undefined || !isNumber(signed) || (width !== undefined && !isNumber(width)) || (base !== undefined && !['d', 'o', 'x', 'X', 'n', 'N'].includes(base))) {
      return `\`${text.slice(i, close + 1)}\` is not a valid substitution: write \`\${offset[,width[,base]]}\` with base d, o, x, X, n or N.`;
    }
    i = close;
  }
  return undefined;
}

/** Problems of a `$GENERATE` directive's arguments (as written). */
export function checkGenerate(args: readonly string[]): GenerateProblem[] {
  if (args.length < 4) {
    return [{ arg: -1, message: '$GENERATE needs a range, a left-hand side, a type and a right-hand side, e.g. `$GENERATE 1-254 host-$ A 192.0.2.$`.' }];
  }
  const problems: GenerateProblem[] = [];
  const range = checkRange(args[0]!);
  if (range) problems.push({ arg: 0, message: range });
  const lhs = checkTemplate(args[1]!);
  if (lhs) problems.push({ arg: 1, message: lhs });
  let i = 2;
  for (let k = 0; k < 2 && i < args.length - 2; k++) {
    const a = args[i]!;
    if (isNumber(a) || canonicalClassName(a)) i++;
    else break;
  }
  const type = args[i]!;
  if (!canonicalTypeName(type)) {
    problems.push({ arg: i, message: `\`${type}\` is not a record type: write the type to generate (e.g. \`A\`, \`PTR\`, \`CNAME\`).` });
  }
  if (i + 1 >= args.length) {
    problems.push({ arg: -1, message: '$GENERATE has no right-hand side after the type: add the RDATA template, e.g. `192.0.2.$`.' });
  } else {
    const rhs = checkTemplate(args.slice(i + 1).join(' '));
    if (rhs) problems.push({ arg: i + 1, message: rhs });
  }
  return problems;
}
