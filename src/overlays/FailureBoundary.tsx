// A part of the screen that throws shows a short message in its place, with a way to try again, and the
// rest of the app keeps working: the 3D view can fail and the list and panels still teach everything; a
// panel can fail and "Warning signs" is still one click away.
import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface FailureBoundaryProps {
  /** What failed, as the message names it: "The 3D view". */
  what: string;
  /** What still works, in a sentence: "The structure list and the panels still work." */
  stillWorks: string;
  /** Shown under the message, e.g. the warning-signs button. */
  extra?: ReactNode;
  /** Class of the message box. Default: `status-message`. */
  className?: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by "Try again": the children mount afresh. */
  attempt: number;
}

export class FailureBoundary extends Component<FailureBoundaryProps, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.what} failed:`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (!error) return <FailureBoundaryKey key={attempt}>{this.props.children}</FailureBoundaryKey>;
    return (
      <div className={this.props.className ?? 'status-message'} role="alert">
        <p>
          <strong>{this.props.what} stopped working.</strong> {this.props.stillWorks}
        </p>
        <p className="muted">Details: {error.message}</p>
        <button type="button" onClick={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}>
          Try again
        </button>
        {this.props.extra}
      </div>
    );
  }
}

/** Keyed wrapper, so that "Try again" remounts the children instead of re-rendering the broken tree. */
function FailureBoundaryKey({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
