// Apollo Client reports its development warnings ("Cache data may be lost…") only where
// globalThis.__DEV__ is true (bundlers set it for development builds); imported before it.
(globalThis as { __DEV__?: boolean }).__DEV__ = true;
