// Copies the link that reproduces the current view (the address bar is always kept in sync).
import { useState } from 'react';
import { explorerStore } from '../store/use-explorer';
import { CheckIcon, LinkIcon } from './icons';

export function CopyLinkButton() {
  const [copied, setCopied] = useState(false);
  const copy = async (): Promise<void> => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): give the link to copy by hand.
      explorerStore.getState().notify(`Copying was not allowed here. The link to this view is: ${url}`);
    }
  };
  const label = copied ? 'Link copied' : 'Copy link';
  return (
    <button type="button" className="icon-button" title={label} onClick={() => void copy()} aria-live="polite">
      {copied ? <CheckIcon /> : <LinkIcon />}
      <span className="icon-label">{label}</span>
    </button>
  );
}
