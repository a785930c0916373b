// Moved to testkit/ (shared with bench/); kept so the tests' imports stay short.
export * from '../../testkit/raw-websocket.js';
