/**
 * The subscription engine resolves each event's payload through `apollo.executeOperation` with
 * `liveResolution: true` in its context. Those operations were checked when the client
 * subscribed, so the per-request checks (cost, allow-list) leave them alone.
 */
export function isLiveResolution(contextValue: object): boolean {
  return 'liveResolution' in contextValue && contextValue.liveResolution === true;
}
