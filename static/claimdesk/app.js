// Claimdesk: keyboard shortcuts and text selection (added with the workspace).
