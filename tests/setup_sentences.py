"""The command line's sentences for a missing piece of the Smartcar set-up (context SmartcarSetup), as the
set-up and self-check tests look them up in the catalogue."""

CLIENT_ID_V3 = (
    "the API client id: copy it from the Smartcar dashboard (your application → API Credentials; it begins "
    "with client_) into `shopapp config set smartcar_client_id ...` or SMARTCAR_CLIENT_ID"
)

CLIENT_ID_V2 = (
    "the client id: copy it from the Smartcar dashboard (your application → Configuration) into `shopapp "
    "config set smartcar_client_id ...` or SMARTCAR_CLIENT_ID"
)

SECRET_NO_KEYRING = (
    "the client secret: this computer has no usable keyring to keep it in, so set SMARTCAR_CLIENT_SECRET (or "
    "unlock or install a keyring and enter it in File → Settings → Smartcar)"
)

SECRET_UNSET = (
    "the client secret: enter it in File → Settings → Smartcar (it is kept in the keyring), or set "
    "SMARTCAR_CLIENT_SECRET"
)

APPLICATION_ID_UNSET = (
    "the Application ID: copy it from the Smartcar dashboard (your application → Configuration) into "
    "`shopapp config set smartcar_application_id ...` or SMARTCAR_APPLICATION_ID"
)

DATA_KEY_NO_KEYRING = (
    "the shop's data key (Smartcar tokens are sealed with it): this computer has no usable keyring to keep "
    "it in, so set %1 (or unlock or install a keyring)"
)
