<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HelpMenu</name>
    <message>
        <source>Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the shop&apos;s database (safe while ShopApp is running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo, or set up your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ShopApp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, data folder, licences and diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help → Welcome… brings the welcome back at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo opens in a new window; this one stays on your shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the demo (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopApp opens on your own shop in a new window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start ShopApp (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop is set up. Settings are under File → Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading the vehicle list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the shop&apos;s database to take what was entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every connected car now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected cars now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a vehicle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a customer&apos;s car through Smartcar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected car&apos;s customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a service done on the selected car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print reminder letters for every customer with a due car, or for the selected cars&apos; customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export due list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the due list as a CSV file (spreadsheet, mailing house)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop profile, units, service plan, refresh, Smartcar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close ShopApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vehicle matches the search and filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vehicles yet. Use “Connect a vehicle…” to link a customer&apos;s car through Smartcar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connected cars yet: use “Connect a vehicle…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service recorded for %1; its reminders start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopApp — Demo (simulated cars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopApp — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar connections moved to API v3 (Settings → Smartcar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble code marked as reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) snoozed until %3; its due date stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) dismissed until the car&apos;s next service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is back on the due list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That car is no longer in the shop&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveToV3Dialog</name>
    <message>
        <source>Each owner&apos;s cars stay linked; nothing for them to do. ShopApp reads every moved car once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move connections to Smartcar API v3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar is retiring API v2. This switches each connection still on v2 to v3, asking Smartcar who owns its cars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per connection appears here as it is moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview shows what would happen without changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Smartcar about each connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Connections already moved stay moved; Move again finishes the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Smartcar about each connection… (%1 done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the Smartcar tab, save, and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move stopped on a problem ShopApp did not expect; the details are in its log file. Connections already moved stay moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveToV3Words</name>
    <message numerus="yes">
        <source>%n connection(s) still use(s) Smartcar API v2.</source>
        <translation>
            <numerusform>%n connection still uses Smartcar API v2.</numerusform>
            <numerusform>%n connections still use Smartcar API v2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) moved earlier still await(s) their first read through v3.</source>
        <translation>
            <numerusform>%n connection moved earlier still awaits its first read through v3.</numerusform>
            <numerusform>%n connections moved earlier still await their first read through v3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every connection uses Smartcar API v3: nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection uses Smartcar API v2: nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview only, nothing was changed: %n connection(s) would move to v3.</source>
        <translation>
            <numerusform>Preview only, nothing was changed: %n connection would move to v3.</numerusform>
            <numerusform>Preview only, nothing was changed: %n connections would move to v3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) would stay on v2:</source>
        <translation>
            <numerusform>%n connection would stay on v2:</numerusform>
            <numerusform>%n connections would stay on v2:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n connection(s) to Smartcar API v3.</source>
        <translation>
            <numerusform>Moved %n connection to Smartcar API v3.</numerusform>
            <numerusform>Moved %n connections to Smartcar API v3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) stayed on v2:</source>
        <translation>
            <numerusform>%n connection stayed on v2:</numerusform>
            <numerusform>%n connections stayed on v2:</numerusform>
        </translation>
    </message>
    <message>
        <source>New connections use v3 too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ShopApp read %1 of their %n car(s) through v3.</source>
        <translation>
            <numerusform>ShopApp read %1 of their %n car through v3.</numerusform>
            <numerusform>ShopApp read %1 of their %n cars through v3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) could not be read now: they keep their v2 tokens and are read again at the next refresh.</source>
        <translation>
            <numerusform>%n car could not be read now: it keeps its v2 tokens and is read again at the next refresh.</numerusform>
            <numerusform>%n cars could not be read now: they keep their v2 tokens and are read again at the next refresh.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEditorWidget</name>
    <message>
        <source>A task is due at whichever comes first. Keywords pick the task out of a car&apos;s service history from Smartcar (“rotat” finds “Tire rotation” and “Rotated tires”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil life floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Except</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the front desk and the letters call it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance since the last service (— for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months since the last service (— for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due when the car reports this much oil life or less (— for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated words that mark this task in Smartcar&apos;s service history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that rule a history entry out (e.g. “cabin” for the engine air filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the tasks ShopApp comes with (saved only with Save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil change when a car cannot report its oil life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Due soon” starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a due distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or earlier for a car that covers more than this in 30 days of driving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan needs at least one task (with none, ShopApp would use its default plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two tasks are called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no interval and no oil-life floor, so it would never be due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for cars that cannot report oil life needs a distance or months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshSummaryText</name>
    <message>
        <source>Refresh cancelled; every car read before that is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %1 of %n car(s)</source>
        <translation>
            <numerusform>Refreshed %1 of %n car</numerusform>
            <numerusform>Refreshed %1 of %n cars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) reconnecting</source>
        <translation>
            <numerusform>%n needs reconnecting</numerusform>
            <numerusform>%n need reconnecting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) must connect again because a ShopApp process crashed during token refresh</source>
        <translation>
            <numerusform>%n owner must connect again because a ShopApp process crashed during token refresh</numerusform>
            <numerusform>%n owners must connect again because a ShopApp process crashed during token refresh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read (see the Connection column)</source>
        <translation>
            <numerusform>%n could not be read (see the Connection column)</numerusform>
            <numerusform>%n could not be read (see the Connection column)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (monthly call budget)</source>
        <translation>
            <numerusform>%n skipped (monthly call budget)</numerusform>
            <numerusform>%n skipped (monthly call budget)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Nothing was saved: something went wrong inside ShopApp (see the log file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopApp cannot read this file as an image (use PNG, JPEG or SVG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units &amp;&amp; refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every reminder letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Main Street Auto Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 Main Street
Springfield, IL 62701</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How distances are shown and how often ShopApp reads the cars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miles (mi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilometres (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distances in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On screen, in letters and in the CSV export. The service plan follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretched automatically when Smartcar&apos;s limits would not allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cars are read from Smartcar at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API v3 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API v2 (application not yet upgraded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v3 for every Smartcar application created since June 2025, and for older ones once upgraded in the Smartcar dashboard. v2 only for an application not yet upgraded: Smartcar is retiring v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v2 client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register exactly this address in the Smartcar dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move connections to v3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves these settings first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v2 connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored client secret is the v2 one: paste the secret made with the API client ID. The v2 one is kept for the v2 connections until they are moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose API v3 above to move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: correct what is marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartcarFields</name>
    <message>
        <source>Copy these values from your application in the Smartcar dashboard (dashboard.smartcar.com): ShopApp links customers&apos; cars through it. Secrets stay in this computer&apos;s keyring, never in the shop&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your application → Configuration (or its overview page). Your customers&apos; Connect page opens with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your application → API Credentials. It begins with &lt;b&gt;client_&lt;/b&gt;; it is not the Application ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Credentials → Create Secret gives it with the client ID. Smartcar shows it only once: paste it here straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your application → Configuration. For a v2 application it is also the Application ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same application&apos;s client secret (Configuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, only for live updates: API Credentials → Application Management Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only until the v2 connections are moved (below), so their cars keep refreshing meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the v2 client ID: for a v2 application it is the Application ID. Now add the API client ID and the client secret made with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like the Application ID (a long code with dashes). The API client ID is on the application&apos;s API Credentials tab and begins with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a v3 API client ID (it begins with %1). A v2 application&apos;s client ID is on its Configuration page; or choose API v3 above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A v3 API client ID normally begins with %1: check that all of it was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like the API client ID (it begins with %1). The Application ID is a long code with dashes, like %2, on the application&apos;s Configuration page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Application ID normally looks like %1: check that all of it was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No keyring is available on this computer&lt;/b&gt; (the system&apos;s password store), so ShopApp cannot keep the client secret. Set the environment variable &lt;code&gt;%1&lt;/code&gt; for ShopApp instead (and &lt;code&gt;%2&lt;/code&gt; for live updates), or unlock or install a keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set on this computer and is used instead of this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set on this computer and is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client secret is stored in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client secret has no spaces; paste it again from the Smartcar dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is longer than any Smartcar client secret; paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: paste the management token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None stored: fine without live updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A management token is stored in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A management token has no spaces; paste it again from the Smartcar dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is longer than any Smartcar management token; paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: paste the v2 client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A v2 client secret is stored in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A v2 client secret has no spaces; paste it again from the Smartcar dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is longer than any Smartcar v2 client secret; paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 instead (see the notice above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••••• (stored; type a new one to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar is not set up yet: fill in the %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s password store (keyring) did not let ShopApp in. Unlock it (or sign in to the computer again) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar did not accept the shop&apos;s client ID or client secret. Check both in File → Settings → Smartcar: they come from your application&apos;s API Credentials in the Smartcar dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemNames</name>
    <message>
        <source>Tire pressure sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tire pressure monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-lock brakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-engine light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brake fluid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washer fluid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-voltage battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery conditioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telematics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water in fuel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
