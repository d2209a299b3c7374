import { Component, type ReactNode } from 'react';

/**
 * A bug in a page must not leave a blank screen: say what broke, keep the navigation, and offer
 * the way out (the saved work stays in the browser; reloading or going to Sources usually helps).
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error !== null) this.setState({ error: null });
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="notice notice-warning" role="alert">
        <p>
          This page hit a problem it could not handle: {this.state.error.message}. Your work is still saved in this browser.
          Try another page, or check your inputs on <a href="#/sources">Sources</a>.
        </p>
      </div>
    );
  }
}
