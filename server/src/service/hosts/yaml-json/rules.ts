/** The rules of the YAML/JSON hosts (CloudFormation, octoDNS, Ansible): parser problems and provider encodings. */
import type { Rule } from '../../rules/define-rule';
import { cloudFormationParserRules } from '../cloudformation/parser-rules';
import { cloudFormationUnquotedTxt } from '../cloudformation/rules/unquoted-txt';
import { cloudFormationStringTooLong } from '../cloudformation/rules/string-too-long';
import { octodnsParserRules } from '../octodns/parser-rules';
import { octodnsUnescapedSemicolon } from '../octodns/rules/unescaped-semicolon';
import { octodnsDoubleEscapedSemicolon } from '../octodns/rules/double-escaped-semicolon';
import { octodnsNonAscii } from '../octodns/rules/non-ascii';
import { ansibleParserRules } from '../ansible/parser-rules';
import { ansibleUnquotedTxt } from '../ansible/rules/unquoted-txt';
import { ansibleCommaSplit } from '../ansible/rules/comma-split';
import { ansibleStringTooLong } from '../ansible/rules/string-too-long';

export const yamlJsonRules: readonly Rule[] = [
  ...cloudFormationParserRules,
  cloudFormationUnquotedTxt,
  cloudFormationStringTooLong,
  ...octodnsParserRules,
  octodnsUnescapedSemicolon,
  octodnsDoubleEscapedSemicolon,
  octodnsNonAscii,
  ...ansibleParserRules,
  ansibleUnquotedTxt,
  ansibleCommaSplit,
  ansibleStringTooLong,
];
