// The app entry point; the browser-app issue builds the shell.
