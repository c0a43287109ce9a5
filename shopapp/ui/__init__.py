"""The Qt window, its item models, panes and dialogs: the only package that imports QtWidgets."""
