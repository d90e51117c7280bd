// A claim in the current mode's wording. Sources are gathered per panel (SourceList), not per line,
// so patients read plain text while every claim still names its source.
import type { Claim, Mode } from '../../content/types';

export interface ClaimTextProps {
  claim: Claim;
  mode: Mode;
  /** Element to render. Default: `p`. */
  as?: 'p' | 'span' | 'dd';
}

export function ClaimText({ claim, mode, as: Tag = 'p' }: ClaimTextProps) {
  return <Tag>{claim[mode]}</Tag>;
}
