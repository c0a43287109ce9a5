"""Use cases the window and the command line share: due list, record service, refresh, connect."""
