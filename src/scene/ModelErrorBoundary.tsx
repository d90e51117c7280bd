// Catches a model that fails to load (404, truncated or invalid file) inside the canvas and hands the
// failure to the store, so the overlay can say so and offer a retry while the list keeps working.
import { Component, type ReactNode } from 'react';

export interface ModelErrorBoundaryProps {
  onError: (error: Error) => void;
  children: ReactNode;
}

export class ModelErrorBoundary extends Component<ModelErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error): void {
    this.props.onError(error);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
