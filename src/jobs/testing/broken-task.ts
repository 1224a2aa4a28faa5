/** Thread-pool test handler that cannot even load, like a broken install. */
throw new Error("this handler is broken");
