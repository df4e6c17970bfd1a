/** A DNS record written by an Ansible task (route53, cloudflare_dns, nsupdate). */
import { IacRecord, type IacRecordInput } from '../iac/iac-record';
import type { HostString } from '../iac/host-string';
import type { OffsetRange } from '../../model';

export type AnsibleModule = 'route53' | 'cloudflare_dns' | 'nsupdate';

export interface AnsibleRecordInput extends IacRecordInput {
  readonly module: AnsibleModule;
  /** The value as the task writes it (Jinja `{{ }}` opaque). */
  readonly item: HostString;
  /** True when the value starts with a DNS quote. */
  readonly dnsQuoted: boolean;
  /** Set when `value` is one string with commas that Ansible splits into several values. */
  readonly commaSplit?: { readonly scalar: OffsetRange; readonly newText: string };
}

export class AnsibleRecord extends IacRecord {
  readonly module: AnsibleModule;
  readonly item: HostString;
  readonly dnsQuoted: boolean;
  readonly commaSplit?: { readonly scalar: OffsetRange; readonly newText: string };

  constructor(input: AnsibleRecordInput) {
    super(input);
    this.module = input.module;
    this.item = input.item;
    this.dnsQuoted = input.dnsQuoted;
    if (input.commaSplit) this.commaSplit = input.commaSplit;
  }
}
