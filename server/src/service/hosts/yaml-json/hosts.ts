/** The YAML/JSON host adapters, in the order they are asked (CloudFormation, octoDNS, Ansible). */
export { cloudFormationHost } from '../cloudformation';
export { octodnsHost } from '../octodns';
export { ansibleHost } from '../ansible';
