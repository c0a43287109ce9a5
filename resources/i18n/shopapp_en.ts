<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>read and write shop settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads and writes shop settings (distance_unit, refresh_concurrency, shop_name, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change one setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print every setting as `key = value`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due list, as a table or as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists what needs the shop&apos;s attention, most urgent first; --csv writes the contract CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the contract CSV to PATH (- for stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every task of every vehicle, ok ones included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the CSV with a UTF-8 BOM (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar refused the shop&apos;s API credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection uses Smartcar API v2: nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (connection %2): first v3 read failed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (connection %2): first v3 read done, v2 tokens erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every connection now uses Smartcar API v3; new connections will too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected-car service reminders for the front desk of a repair shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try ShopApp on a generated fleet (no account, no network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the log in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error (%1); details in the log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh stopped; everything read so far is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connected cars yet: link one with `shopapp connect`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for Smartcar&apos;s request allowance until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Smartcar&apos;s request allowance (until about %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need reconnecting (the owner connects again: `shopapp connect --customer NAME`):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ShopApp process crashed during token refresh before saving Smartcar&apos;s new tokens, and the old ones have expired since: %1 must connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next scheduled refresh: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminder letters to PDF, one per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes reminder letters to a PDF: one letter per customer with every due vehicle of theirs (overdue, due, alerts), skipping customers reminded within `reminder_min_days` or without a postal address (both listed). --mark-sent logs the letters as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF file to write (- for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this car: a Smartcar vehicle id or a VIN (may be repeated; default: every due car)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log the letters as sent, so the same customers are not reminded again within reminder_min_days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF cannot be shown on a terminal: redirect standard output, or name a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the letters are printed without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged as sent: run again with --mark-sent when the letters go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder letters to write; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, no postal address (add one in the customer&apos;s details):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due, no letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve the Smartcar simulator on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves a Smartcar-compatible API with a generated fleet until Ctrl+C; prints its base URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port, 0 to 65535 (default 0: a free one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fleet size, 1 to %1 (default 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fleet seed, 0 or more (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added to every request, 0 to %1 ms (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault profile: none, flaky, chaos, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar API versions to serve (default both). v2: v3 paths answer 404 and Connect acts as an application not yet upgraded (code, no user_id); v3: v2 paths answer 404 as after Smartcar&apos;s switch-off, while Connect and the legacy code exchange keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot serve on 127.0.0.1 port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link a customer&apos;s car through Smartcar Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links a customer&apos;s car: prints the Smartcar Connect address on one line, opens the browser (unless --no-browser), waits for the owner&apos;s approval and saves the car with its sealed tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer the car belongs to (added if new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only print the Connect address; do not open a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read connected cars&apos; data from Smartcar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads odometer, oil life, trouble codes and system status of connected cars (service history once a day) and prints a summary; exit 1 if any car ended in error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Smartcar vehicle id or a VIN (may be repeated; default: every connected car)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cars refreshed at once, 1 to 64 (default: the refresh_concurrency setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the cars the refresh schedule says are due (scheduled task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the shop&apos;s data key to another PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the shop&apos;s data key (`export`), or reads one from stdin and keeps it in this PC&apos;s keyring after checking it opens the stored Smartcar tokens (`import`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the shop&apos;s data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the data key from stdin and keep it in this PC&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s Smartcar application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s Smartcar application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move v2 connections to Smartcar API v3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the shop&apos;s v2 Smartcar connections to API v3 without the owners doing anything: each owner&apos;s user id is learnt from Smartcar, the connection switched, and its v2 tokens erased after the first good v3 read. One line per connection; exit 0 when every connection moved, 1 when some stayed on v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only say what would move; change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the owner to approve in the browser (Ctrl+C to stop)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the owner did not share %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PC has no data key yet; it is created at the first Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data key stored in this PC&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (see %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid UTF-8 text (check the encoding of the terminal or script that passed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connected car has the Smartcar id or VIN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no car has the Smartcar id or VIN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that this installation works (database, resources, Qt, keyring) and exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueCommandCounts</name>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1</source>
        <translation>
            <numerusform>Wrote %n row to %1</numerusform>
            <numerusform>Wrote %n rows to %1</numerusform>
        </translation>
    </message>
</context>
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
    <name>MigrateCommandCounts</name>
    <message numerus="yes">
        <source>%n connection(s) stayed on v2: %1.</source>
        <translation>
            <numerusform>%n connection stayed on v2: %1.</numerusform>
            <numerusform>%n connections stayed on v2: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshCommandCounts</name>
    <message numerus="yes">
        <source>Refreshed %1 of %n car(s) in %2 s.</source>
        <translation>
            <numerusform>Refreshed %1 of %n car in %2 s.</numerusform>
            <numerusform>Refreshed %1 of %n cars in %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished %n token renewal(s) that a stopped ShopApp had left open; nothing was lost.</source>
        <translation>
            <numerusform>Finished %n token renewal that a stopped ShopApp had left open; nothing was lost.</numerusform>
            <numerusform>Finished %n token renewals that a stopped ShopApp had left open; nothing was lost.</numerusform>
        </translation>
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
    <name>ReminderCommandCounts</name>
    <message numerus="yes">
        <source>Wrote %n letter(s) (%1) to %2.</source>
        <translation>
            <numerusform>Wrote %n letter (%1) to %2.</numerusform>
            <numerusform>Wrote %n letters (%1) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logged %n letter(s) as sent.</source>
        <translation>
            <numerusform>Logged %n letter as sent.</numerusform>
            <numerusform>Logged %n letters as sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped, reminded within the last %n day(s) (setting reminder_min_days):</source>
        <translation>
            <numerusform>Skipped, reminded within the last %n day (setting reminder_min_days):</numerusform>
            <numerusform>Skipped, reminded within the last %n days (setting reminder_min_days):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write there (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (writable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, schema %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTC catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1: no platform plugin found in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2; platform plugins: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (usable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not usable: secrets come from SMARTCAR_CLIENT_SECRET / SHOPAPP_DATA_KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; no keyring backends installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; backends installed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s settings cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1; not set up yet (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API v2, client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API v3: no application token (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API v3: Smartcar&apos;s token service did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API v3, client %1: application token obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopApp %1 self-check (%2; SHOPAPP_HOME=%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfCheckCounts</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n vehicle</numerusform>
            <numerusform>%n vehicles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 code(s)</source>
        <translation>
            <numerusform>%1 code</numerusform>
            <numerusform>%1 codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 character(s)</source>
        <translation>
            <numerusform>%1, %2 character</numerusform>
            <numerusform>%1, %2 characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) failed: %2</source>
        <translation>
            <numerusform>%1 of %n check failed: %2</numerusform>
            <numerusform>%1 of %n checks failed: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>All %n check passed.</numerusform>
            <numerusform>All %n checks passed.</numerusform>
        </translation>
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
<context>
    <name>ThirdPartyComponents</name>
    <message>
        <source>certifi (CA certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBD-II trouble-code catalogue (OBDex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data commit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
