<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ShopApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service reminders for the front desk of a car repair shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Data folder&lt;/b&gt; (demo shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Data folder&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Built with&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions, folders and the keyring in use, for a support request. No passwords, keys or tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the folder; its path is shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard: paste it into your message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3: they are separate shared libraries in ShopApp&apos;s folder, which you may replace with versions you build yourself. Their source is at &lt;a href=&apos;https://download.qt.io/official_releases/&apos;&gt;download.qt.io&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trouble-code descriptions come from the OBDex project&apos;s generic OBD-II catalogue, dedicated to the public domain (CC0-1.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python is distributed under the Python Software Foundation License (PSF-2.0).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeWords</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>No shop database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop&apos;s database is on a PostgreSQL server: back it up there with pg_dump (e.g. pg_dump --format=custom --file=shopapp.dump DBNAME), not from ShopApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopApp cannot back up a %1 database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file: this is the shop&apos;s database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy did not pass SQLite&apos;s check (%1); the backup was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupAction</name>
    <message>
        <source>Back up the shop&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopApp backup (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: cannot write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchSummaryText</name>
    <message numerus="yes">
        <source>%Ln letter(s) (%1)</source>
        <translation>
            <numerusform>%Ln letter (%1)</numerusform>
            <numerusform>%Ln letters (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s)</source>
        <translation>
            <numerusform>%Ln car</numerusform>
            <numerusform>%Ln cars</numerusform>
        </translation>
    </message>
    <message>
        <source>No letters to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) skipped</source>
        <translation>
            <numerusform>%Ln customer skipped</numerusform>
            <numerusform>%Ln customers skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarDialog</name>
    <message>
        <source>Add a car for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit car of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>17 characters, on the windshield or the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN of a car linked through Smartcar comes from its maker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Toyota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Corolla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. “the blue van”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known (every task of the plan applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powertrain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a task that does not apply to this car (done elsewhere, no such part): it is never due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN says: %1, model year %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN says: model year %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid VIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked in red; nothing was saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: something went wrong inside ShopApp (see the log file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarEntry</name>
    <message>
        <source>The shop already has this VIN: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that car instead, or move it to this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This car&apos;s VIN comes from its maker through Smartcar and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An odometer reading cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarProblems</name>
    <message>
        <source>Give the car a VIN, a make and model, or a nickname, so it can be told apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model year is between 1900 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters (%2 now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN has 17 characters (%1 typed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN has only digits and capital letters, never I, O or Q (found: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VIN cannot be right: its 9th character (check digit) is %1 where the others give %2. Check each character against the car&apos;s papers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>This shop has no cars yet, so nothing can be due. Add one with “Connect a vehicle…” in the window (Ctrl+K), or run `shopapp connect`.</source>
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
        <source>check that this installation works (database, resources, Qt, keyring) and exit</source>
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
        <source>deliver Smartcar webhooks to this receiver URL: a webhook with auto-enrollment is registered, VERIFY is sent at start, then signed deliveries of what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Application Management Token webhooks are signed with (default: %1 if set, else the demo token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds between webhook delivery passes, 0.1 to %1 (default 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook fault profile: none, or flaky (now and then a duplicate, a late delivery or a bad signature)</source>
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
        <source>import customers and cars from another system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers and their cars from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports the customers and cars of a CSV file (UTF-8 or Windows-1252, ; or , separated), one customer and at most one car per line; nothing is imported while a line is refused, unless --skip-bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only say what would be created, merged or refused, line by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the good lines, leave out the refused ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read FIELD from the column HEADER (FIELD=: leave it out); fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates with slashes are day/month/year (dmy) or month/day/year (mdy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export customers and cars as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every customer and car, in the import&apos;s shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1: expected FIELD=HEADER with FIELD one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --dry-run to see them all, or --skip-bad to import the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, edit and remove the shop&apos;s cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a car the shop keeps by hand (not linked to Smartcar), corrects a car&apos;s fields or records its odometer, or removes a car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a car to a customer; prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a car to a customer and prints its id. The VIN fills in the make and model year left out; the odometer (in the shop&apos;s unit) starts the car&apos;s readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s id (see customers list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a car&apos;s fields or record its odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the fields given (an empty value clears one) and records an odometer reading; the rest stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the car: the shop&apos;s car id, its VIN or Smartcar id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a car with everything recorded about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a car with its services, readings and due items. Without --yes it only says what would go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove it (a script&apos;s confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end a car&apos;s Smartcar link and keep the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells Smartcar the shop no longer reads the car, then keeps it, with its history, as a car kept at the desk. Nothing changes when Smartcar cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 17-character VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maker, e.g. Toyota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model, e.g. Corolla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the licence plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name the shop knows the car by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what drives it (electric cars get no oil change); unknown clears it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the odometer was read (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--odometer-date: give the odometer read that day with --odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: give the fields to change (see shopapp cars edit --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is linked through Smartcar: end its link first with shopapp cars unlink %3, then remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 was not removed. %3 Add --yes to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed car %1 (%2 of %3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner had already ended the link of %1; it is now kept at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar link of %1 ended; the car is now kept at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show, add and edit the shop&apos;s customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and shows the shop&apos;s customers, adds one or changes one&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every customer, by last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the shop&apos;s customers by last name, with their cars and last visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only customers whose name, phone, email, plate, VIN or car has TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one customer&apos;s details, cars and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a customer; prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a customer (only the name is required) and prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a customer&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the details given (an empty value clears one); the rest stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name letters are addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number, e.g. +1 555 010 2345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apartment, suite, c/o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state, province or county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP or postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes for the front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the customer wants reminders (letter when not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: give the details to change (see shopapp customers edit --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop has no customers yet; add one with `shopapp customers add --name NAME`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (customer %2)</source>
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
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked through Smartcar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters sent: %1, the latest on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a distance such as 45210, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an amount such as 12.50 (from 0 to %1), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no car has the id, VIN or Smartcar id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer has the id %1 (see shopapp customers list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an id (a whole number from 1), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print CSV (a header row, then one row each) instead of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record, list and remove the shop&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a service the shop performed (its reminders start again), lists a car&apos;s services, or removes one the shop recorded by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a service; prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a service the shop performed and prints its id. Distances are in the shop&apos;s unit (setting distance_unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the work was done (not in the future)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task of the service plan done (oil_change, tire_rotation, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other work, in words (one job each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the customer paid, e.g. 89.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a car&apos;s services, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a car&apos;s services, newest first, the shop&apos;s own and the maker&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a service the shop recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a service the shop recorded (the id `services list` prints); what it counted for is due again from the service before it. Without --yes it only says which service it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the odometer read off the dashboard, in the shop&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept an odometer below an earlier reading (the earlier one was wrong; it is left out of forecasts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the number is right, add --confirm-below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--task: the service plan has no task %1 (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services on record for this car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>odometer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (note: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service %1 of %2 was not removed. Add --yes to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service has the id %1 (see shopapp services list --car ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed service %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live updates through Smartcar webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates: Smartcar sends a car&apos;s new readings to the shop&apos;s webhook receiver within minutes, once the car is subscribed to the webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribe the shop&apos;s v3 cars to the webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribes every car connected through Smartcar API v3 to the application&apos;s webhook (the only enabled one, or the one named): one line per car, then a summary. Running it again is harmless. Exit 0 when every car is subscribed, 1 when some failed, 2 when Smartcar is not set up or the webhook cannot be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook&apos;s id, from the Smartcar Dashboard (default: the only enabled one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only say which webhook and which cars; subscribe nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This webhook is disabled in the Smartcar Dashboard: its cars get no live updates until it is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar&apos;s webhooks could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No car is connected through Smartcar API v3: none to subscribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar subscribes newly connected cars by itself when the webhook&apos;s “Automatically subscribe all vehicles” is on (Smartcar Dashboard → Integrations → Webhooks); this command subscribes the cars connected before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path begins with / and has no spaces, e.g. /smartcar/webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the webhook receiver for live updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives Smartcar&apos;s webhook deliveries, stores them in the shop&apos;s database and applies them, until stopped. Run it behind an HTTPS proxy (README: Live updates). The key is SMARTCAR_MANAGEMENT_TOKEN, else the management token stored in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address to listen on (default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port, 1 to 65535 (default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the callback path (default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no management token: set %1 to the Application Management Token (Smartcar Dashboard, API Credentials), or store it in ShopApp&apos;s Settings on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving Smartcar webhooks at %1 (Ctrl+C stops)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectCountWords</name>
    <message numerus="yes">
        <source>No answer from Smartcar Connect within %n minute(s); start Connect again.</source>
        <translation>
            <numerusform>No answer from Smartcar Connect within %n minute; start Connect again.</numerusform>
            <numerusform>No answer from Smartcar Connect within %n minutes; start Connect again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect a vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar is not set up on this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner signs in to their car maker&apos;s account in the browser and approves which data the shop may read. Their cars then appear in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars belong to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start to open Smartcar Connect in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Connect address appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an owner who signs in on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Smartcar settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening Smartcar Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the owner to approve in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in File → Settings → Smartcar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar answered the way a v2 application does: the shop&apos;s Smartcar application is not on API v3 yet. Upgrade it to v3 in the Smartcar dashboard (your application → Settings), or choose API v2 in File → Settings → Smartcar with the application&apos;s client ID and client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar could not complete Connect (%1). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect stopped on a problem ShopApp did not expect; the details are in its log file. Try again, and if it happens again, send the log to whoever supports ShopApp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectListener</name>
    <message>
        <source>The redirect URI %1 names no port; use http://localhost:PORT/...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI %1 is not http://localhost:PORT/path with a port from 1 to 65535 (SMARTCAR_REDIRECT_URI, else the redirect_uri setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve %1 for the Connect listener: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a loopback address; the redirect URI must be http://localhost:PORT/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is in use by another program, so Connect cannot receive Smartcar&apos;s answer. Close that program (another ShopApp window running Connect?) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on any loopback address of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect your first vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a customer&apos;s car, with the owner at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol style=&apos;margin-left: 0px; -qt-list-indent: 1;&apos;&gt;&lt;li&gt;Choose or add the customer.&lt;/li&gt;&lt;li&gt;ShopApp opens Smartcar Connect in the browser.&lt;/li&gt;&lt;li&gt;The owner signs in to their car maker&apos;s account and approves what ShopApp may read (mileage, oil life, warning lights, service history).&lt;/li&gt;&lt;li&gt;Their cars appear in the list and are read in the background from then on.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “Connect a vehicle” when I click Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings are saved when you click Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect needs the Smartcar %1 (previous page). Add them later in File → Settings → Smartcar, then use Vehicles → Connect a vehicle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to ShopApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>the HTML lang code of this language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not from the current Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may come from an older tab or window. Start Connect again from ShopApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only receives Smartcar Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopApp could not finish linking the car.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectWords</name>
    <message>
        <source>The owner chose not to share the car&apos;s data with the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s connected-services account has no cars in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This car cannot share the data ShopApp needs through Smartcar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s connected-services subscription with the car maker is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s Smartcar application is set up wrongly (check the redirect URI registered in the Smartcar dashboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar had a problem; try Connect again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar answered the way a v2 application does (an approval code but no user id): the shop&apos;s Smartcar application is not on API v3 yet. Upgrade it to v3 in the Smartcar dashboard (your application → Settings), or keep using v2 with `shopapp config set smartcar_api v2` and the v2 client id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car was not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car linked to the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from Smartcar Connect within %1 minutes; start Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar Connect stopped (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot share the data ShopApp needs through Smartcar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar&apos;s answer named no owner; start Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar&apos;s answer carried no approval code; start Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar did not complete the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar says this owner shared no car with the shop; start Connect again and select a car.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionEnd</name>
    <message>
        <source>This car is not linked to Smartcar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar could not be told (%1); the %2 stays linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactProblems</name>
    <message>
        <source>An email address has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address has exactly one @, as in name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address (expected name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - . / only (an extension as x12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A + may only start the number, as in +1 555 010 2345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bracket in the phone number is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few digits for a phone number (at least %1, with the area code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many digits for a phone number (at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is one line (it heads letters and the due list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters (%2 now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write letter, email, sms or phone (how the customer wants reminders).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerBook</name>
    <message>
        <source>The car already belongs to this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer who owns it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer cannot be merged with themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the other record of the same customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerBookFlow</name>
    <message>
        <source>Merge with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the other record of %1. Its cars, services and letters sent move to %1, its phone, email and address fill what %1 has empty, and the other record is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) of %1 with their services, and the letters sent to %1, move to %2; then %1 is deleted. A merge cannot be undone.</source>
        <translation type="unfinished">
            <numerusform>The car of %1 with its services, and the letters sent to %1, move to %2; then %1 is deleted. A merge cannot be undone.</numerusform>
            <numerusform>The %n cars of %1 with their services, and the letters sent to %1, move to %2; then %1 is deleted. A merge cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1: every car, service and letter kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns %1 now? It moves with its readings and services; the letters already sent stay with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this until ShopApp is closed (Customers → Undo removal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed: the Smartcar link of a car could not be ended. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed. Undo puts it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo removal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back, with everything it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot come back: its customer %2 was merged into %3 since. Add the car again to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot come back: its customer %2 was merged into another customer or removed since. Add the car again to the customer who owns it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerChooserDialog</name>
    <message>
        <source>Search: name, phone, email, plate, VIN, make or model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it should appear on letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +1 (555) 010-2345 x12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apartment, suite, building (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State / region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the front desk should know (best time to call, fleet…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked in red; nothing was saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: something went wrong inside ShopApp (see the log file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a text file (save the list as CSV from the old system or Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its characters are broken or it is cut short (save the list again as CSV UTF-8 from the old system or Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a CSV file that can be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no customer under its header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no column %1 (its columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column holds the customers&apos; names (its columns: %1); say which with --map name=HEADER or in the column list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of the file&apos;s lines cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service in the previous system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file your previous system saved (one customer and at most one car per line). Check that each field is read from the right column; the first lines show how they will be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates with slashes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the file&apos;s dates show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year (27/03/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month/day/year (03/27/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First lines of the file, as they will be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines merged with a customer or car already known, and lines refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the other lines and leave the refused ones out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… (the window stays usable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The file still loaded is %2: check it, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1 Use Back to change the check and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerImportWords</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln new customer</numerusform>
            <numerusform>%Ln new customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) already in the shop</source>
        <translation type="unfinished">
            <numerusform>%Ln customer already in the shop</numerusform>
            <numerusform>%Ln customers already in the shop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new car(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln new car</numerusform>
            <numerusform>%Ln new cars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) already in the shop</source>
        <translation type="unfinished">
            <numerusform>%Ln car already in the shop</numerusform>
            <numerusform>%Ln cars already in the shop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) refused</source>
        <translation type="unfinished">
            <numerusform>%Ln line refused</numerusform>
            <numerusform>%Ln lines refused</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2; %3; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates in %1 could be day/month or month/day (no date there has a day above 12): choose the date order, or the lines with such a date are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>odometer left out: no date (the car has newer readings it could contradict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same customer as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the shop as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same car as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same make, model and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the shop (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (write 2024-03-27, 03/27/2024 or 27.03.2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could be day/month or month/day; choose the date order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long ago to be right (check the year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an odometer reading cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than any car drives (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a last service or odometer, but no VIN, make, model or plate to tell the car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also on line %2, for another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already belongs to %1 of %2 (move the car in the shop first, or fix the VIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below the %2 the car already has on %3 (check the reading and its date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the %2 the car already has on %3, later (check the reading and its date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 and %2; %3 and %4 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln last service(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln last service</numerusform>
            <numerusform>%Ln last services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln odometer reading(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln odometer reading</numerusform>
            <numerusform>%Ln odometer readings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) already in the shop got details they lacked.</source>
        <translation type="unfinished">
            <numerusform>%n customer already in the shop got details they lacked.</numerusform>
            <numerusform>%n customers already in the shop got details they lacked.</numerusform>
        </translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, separated by %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPageWidget</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer in the list to see their page.</source>
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
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add car…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one customer of this one and a duplicate of theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit car…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move car to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the car, with its history, to another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove car…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No car yet: use “Add car…” to enter one by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters sent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked through Smartcar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no car yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersWorkspace</name>
    <message>
        <source>Search name, phone, plate, VIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds customers by name, phone, email, or a car&apos;s plate, VIN, make or model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 of %n customer</numerusform>
            <numerusform>%1 of %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet. Use “New customer…” to add one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseDamage</name>
    <message>
        <source>corrupt pages inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the last backup (none found next to it) — see README &apos;Backup and restore&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the last backup (%1) — see README &apos;Backup and restore&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s database %1 is empty (0 bytes), so it holds no shop: %2; or, to start a new shop there, delete the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s database %1 is a folder, not a database file: move it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s database %1 is damaged (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the shop&apos;s database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStart</name>
    <message>
        <source>Preparing the demo shop…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSteps</name>
    <message>
        <source>Linking the demo customers&apos; cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the demo fleet&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the cars the desk keeps by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayWords</name>
    <message>
        <source>%1 %2/day</source>
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
    <name>DueCountWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueExportFlow</name>
    <message>
        <source>Reading the due list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export due list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing the due list… %1 of %Ln row(s)</source>
        <translation>
            <numerusform>Writing the due list… %1 of %Ln row</numerusform>
            <numerusform>Writing the due list… %1 of %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueItemsPane</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the service plan for this vehicle yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected item from the due list and the letters for some days (its due date stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss until next service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected item until a service is recorded for the car (its due date stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected hidden item back on the due list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need(s) action</source>
        <translation>
            <numerusform>%n item needs action</numerusform>
            <numerusform>%n items need action</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hidden from the due list by the front desk</source>
        <translation>
            <numerusform>%n hidden from the due list by the front desk</numerusform>
            <numerusform>%n hidden from the due list by the front desk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueReasons</name>
    <message>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since last %2 (every %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2 with no %3 on record (every %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; none on record since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car&apos;s oil-change light is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due in ~%2 (≈ %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due in ≈ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due in %2 (by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil life %1 % (change at %2 %, reaches it ≈ %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil life %1 % (change at %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done %2; the car&apos;s next reading shows the new oil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect Smartcar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting an odometer reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting first refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2&apos;s own code: %2 dealers and scan tools with %2 software read what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car&apos;s Smartcar access has ended; the owner must connect it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No odometer entered yet: Record service takes it at the next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reading from the car yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed until the next service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueTable</name>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due. Every car is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueTableCountWords</name>
    <message numerus="yes">
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n item.</numerusform>
            <numerusform>%n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you changed in this window has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndLinkFlow</name>
    <message>
        <source>End Smartcar link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the Smartcar link of %1 (%2)?

ShopApp stops reading the car and Smartcar is told. The car stays in the list with its readings, services and letters, as a car kept at the desk; the owner can link it again with Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner had already ended the link of %1; it is now kept at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar link of %1 ended; the car is now kept at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>ShopApp — unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCounts</name>
    <message>
        <source>Wrote %1 and %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n car(s)</source>
        <translation type="unfinished">
            <numerusform>%n car</numerusform>
            <numerusform>%n cars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export due list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file for the mailing house, the SMS tool or a spreadsheet: one row per item, the same columns as “shopapp due --csv”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only what the list shows (current search and filter: %Ln car(s))</source>
        <translation>
            <numerusform>Only what the list shows (current search and filter: %Ln car)</numerusform>
            <numerusform>Only what the list shows (current search and filter: %Ln cars)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only what the list shows (%Ln car(s); no search or filter is on)</source>
        <translation>
            <numerusform>Only what the list shows (%Ln car; no search or filter is on)</numerusform>
            <numerusform>Only what the list shows (%Ln cars; no search or filter is on)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every car in the shop (%Ln car(s))</source>
        <translation>
            <numerusform>Every car in the shop (%Ln car)</numerusform>
            <numerusform>Every car in the shop (%Ln cars)</numerusform>
        </translation>
    </message>
    <message>
        <source>Items and format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also items that need nothing now (OK, snoozed, dismissed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it: only items that need action (overdue, due, alert, due soon), like the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-friendly (UTF-8 BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel shows accents and symbols correctly only when the file starts with a byte order mark; leave it off for other tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the due list to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a folder: add a file name, e.g. due-list.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of that name exists; the export will replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOutcomeText</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due list could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due list exported: %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Due list exported: %Ln row to %1.</numerusform>
            <numerusform>Due list exported: %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file (%1); choose a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>it is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file at this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s (an unreachable network drive?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBarWidget</name>
    <message>
        <source>Search name, phone, plate, VIN, make or model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose more than one to see them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars with an overdue item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars with an item due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars with a warning light, a trouble code or a lost connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars with an item due soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars with nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars whose owner must connect them to Smartcar again.</source>
        <translation type="unfinished"></translation>
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
    <name>LetterCountWords</name>
    <message numerus="yes">
        <source>According to our records and the latest readings from your vehicles, these %n are due for the service below.</source>
        <translation>
            <numerusform>According to our records and the latest readings from your vehicles, these %n are due for the service below.</numerusform>
            <numerusform>According to our records and the latest readings from your vehicles, these %n are due for the service below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>According to our records of your visits, these %n vehicles are due for the service below.</source>
        <translation>
            <numerusform>According to our records of your visits, these %n vehicles are due for the service below.</numerusform>
            <numerusform>According to our records of your visits, these %n vehicles are due for the service below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <source>the PDF was cut short (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no part &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the letter template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop logo %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop logo %1 cannot be used: it is not an image (use PNG, JPEG or SVG)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterWording</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your tire pressures soon: a tire may be losing air, or a sensor needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your tire pressures soon: a tire may be losing air.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick diagnostic check will tell us why it came on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This concerns a safety system; please have it checked soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This concerns your brakes; please have it checked soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can top it up at your next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulb or light may need replacing; we can check it at your next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We recommend having it checked at your next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine or transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the car&apos;s body electronics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the brakes, steering or suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the communication between the car&apos;s control units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the car may reduce its power to protect itself and it usually turns on the check-engine light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car may reduce its power to protect itself and it usually turns on the check-engine light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the car may reduce its power to protect itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car may reduce its power to protect itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it usually turns on the check-engine light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It usually turns on the check-engine light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your car reported a fault that %1 defines for its own cars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your car reported a fault: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the car&apos;s exhaust emissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This affects %1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This affects %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A diagnostic check will tell us what it needs (fault code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your car&apos;s dashboard reports: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your car&apos;s dashboard shows a warning: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since its last %2 (every %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2, when your car was first connected to us (every %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. We have no %3 on record since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your car&apos;s oil-change light is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2, your car&apos;s first visit with us (every %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our connection to your car has ended, so we can no longer tell you when it needs service. Call us and we will help you connect it again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due at %1 (about %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1; at your usual driving about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 (forecast from the car&apos;s oil-life readings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When convenient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As soon as you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>According to our records of your visits, your %1 is due for the service below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>According to our records and the latest readings from your %1, it is due for the service below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please call us at %1 to book a visit (or write to %2); we will gladly take care of everything in one appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please call us at %1 to book a visit; we will gladly take care of everything in one appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write to %1 to book a visit; we will gladly take care of everything in one appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please contact us to book a visit; we will gladly take care of everything in one appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the work has already been done elsewhere, just let us know and we will update our records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your service team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer %1 at your visit on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveStatusLabel</name>
    <message>
        <source>Live updates come from the shop&apos;s webhook receiver (README, “Live updates”): while it runs, the list follows every car within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates: just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Live updates: last %n min ago</source>
        <translation>
            <numerusform>Live updates: last %n min ago</numerusform>
            <numerusform>Live updates: last %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live updates: last %n hour(s) ago</source>
        <translation>
            <numerusform>Live updates: last %n hour ago</numerusform>
            <numerusform>Live updates: last %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live updates: last %n day(s) ago</source>
        <translation>
            <numerusform>Live updates: last %n day ago</numerusform>
            <numerusform>Live updates: last %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading the vehicle list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
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
        <source>Powertrain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what drives the selected car (electric, hybrid…); its service plan follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit car…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected car&apos;s plate, nickname, VIN, make, model or year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove car…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected car and everything recorded about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the last car or customer removed, with everything it had</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Smartcar link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the selected car through Smartcar; it stays, kept at the desk</source>
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
        <source>Import customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in the customers and cars of the shop&apos;s previous system from a CSV file</source>
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
    <message numerus="yes">
        <source>Ready · %n car(s) · refreshed %1</source>
        <translation>
            <numerusform>Ready · %n car · refreshed %1</numerusform>
            <numerusform>Ready · %n cars · refreshed %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready · %n car(s)</source>
        <translation>
            <numerusform>Ready · %n car</numerusform>
            <numerusform>Ready · %n cars</numerusform>
        </translation>
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
        <source>Powertrain saved for %1; its service plan follows it.</source>
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
    <name>MoveToV3CountWords</name>
    <message numerus="yes">
        <source>%n car(s)</source>
        <translation>
            <numerusform>%n car</numerusform>
            <numerusform>%n cars</numerusform>
        </translation>
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
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending first read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays on v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (connection %2): %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (connection %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched earlier; its v2 tokens are erased after the first v3 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no car to look up in Smartcar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar could not be asked (%1); run the migration again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar no longer lists any of its cars for this application (the owner withdrew access); the owner must connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another connection of the shop already belongs to this Smartcar owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its v2 tokens are erased after the first v3 read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message numerus="yes">
        <source>%1 — and %n more finding(s)</source>
        <translation>
            <numerusform>%1 — and %n more finding</numerusform>
            <numerusform>%1 — and %n more findings</numerusform>
        </translation>
    </message>
    <message>
        <source>New finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new finding(s)</source>
        <translation>
            <numerusform>%n new finding</numerusform>
            <numerusform>%n new findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>%1&apos;s %2: new trouble code %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2: %3 alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdometerChartWidget</name>
    <message>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect reading (left out of forecasts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s), %1 suspect, with a forecast</source>
        <translation>
            <numerusform>%n reading, %1 suspect, with a forecast</numerusform>
            <numerusform>%n readings, %1 suspect, with a forecast</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s), %1 suspect</source>
        <translation>
            <numerusform>%n reading, %1 suspect</numerusform>
            <numerusform>%n readings, %1 suspect</numerusform>
        </translation>
    </message>
    <message>
        <source>No odometer readings yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdometerPane</name>
    <message>
        <source>Odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No odometer reading yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reading so far looks wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OilGaugeWidget</name>
    <message>
        <source>Oil life %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil life %1, change at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OilLifePane</name>
    <message>
        <source>Recent readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engine oil (electric vehicle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric cars have no oil to change, so no oil change is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil changes for this car are planned by distance and time instead (see Due items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil life is read from cars linked to Smartcar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No oil-life reading yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect: left out of the trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneCountWords</name>
    <message numerus="yes">
        <source>%n reading(s) look(s) wrong (went backwards or jumped) and is/are left out</source>
        <translation>
            <numerusform>%n reading looks wrong (went backwards or jumped) and is left out</numerusform>
            <numerusform>%n readings look wrong (went backwards or jumped) and are left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaneText</name>
    <message>
        <source>This shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealer/other shop (Smartcar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low repair cost (catalogue estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate repair cost (catalogue estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High repair cost (catalogue estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1 · last refresh %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept at the desk · no odometer entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No odometer entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept at the desk · odometer read %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered at the desk on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to Smartcar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer must sign in to their car account again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconnect — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked through Smartcar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone or email on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trend yet (needs readings on different days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 % per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 % (oil changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No oil-life trigger in the service plan for this car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or below the %1 change point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecast yet (needs oil life falling over several days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil life probably reached %1 around %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil life reaches %1 around %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecast yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lights the check-engine lamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emissions-related (may fail an inspection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May put the car in limp mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical repair cost %1 (catalogue estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the other codes of the trouble-code catalogue. Its prices are not in the shop&apos;s currency, so no amount is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen %1 · last seen %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work not itemised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from the due list: %1</source>
        <translation type="unfinished"></translation>
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
        <source>For</source>
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
        <source>The kinds of car that get this task (an electric car has no engine oil or air filter)</source>
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
        <source>“%1” applies to no kind of car: tick at least one under For.</source>
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
    <name>PowertrainChoiceButton</name>
    <message>
        <source>The kinds of car that get this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars with an engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowertrainDialog</name>
    <message>
        <source>Powertrain of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What drives this car? The service plan follows it: by default an electric car gets no oil change and no engine air filter, a hybrid gets both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known (every task of the plan applies)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowertrainNames</name>
    <message>
        <source>Combustion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug-in hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric</source>
        <translation type="unfinished"></translation>
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
    <name>RefreshController</name>
    <message>
        <source>Refreshing the due cars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing all cars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n car(s)…</source>
        <translation>
            <numerusform>Refreshing %n car…</numerusform>
            <numerusform>Refreshing %n cars…</numerusform>
        </translation>
    </message>
    <message>
        <source>in File → Settings → Smartcar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshProgressText</name>
    <message numerus="yes">
        <source>%1 of %Ln car(s)</source>
        <translation>
            <numerusform>%1 of %Ln car</numerusform>
            <numerusform>%1 of %Ln cars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for Smartcar&apos;s request allowance until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the refresh; every car read so far stays saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
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
    <name>RefreshWords</name>
    <message>
        <source>this car is linked through Smartcar API v3, but the shop&apos;s Smartcar set-up has no v3 API credentials (settings smartcar_api and smartcar_client_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner must connect the car again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner must connect the car again (no Smartcar user id on record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner withdrew the shop&apos;s access in Smartcar; connect their cars again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner no longer shares this car with the shop; connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: this month&apos;s %1 Smartcar calls for this car are spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar no longer accepts this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Smartcar token pair was stored when this refresh started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation type="unfinished"></translation>
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
    <name>ReminderCountWords</name>
    <message numerus="yes">
        <source>reminded %n day(s) ago (%1)</source>
        <translation>
            <numerusform>reminded %n day ago (%1)</numerusform>
            <numerusform>reminded %n days ago (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderOptionsDialog</name>
    <message>
        <source>Print reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer with a car that needs service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the customer of the %Ln selected car(s)</source>
        <translation>
            <numerusform>Only the customer of the %Ln selected car</numerusform>
            <numerusform>Only the customer of the %Ln selected cars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %1 customers of the %Ln selected car(s)</source>
        <translation>
            <numerusform>Only the %1 customers of the %Ln selected car</numerusform>
            <numerusform>Only the %1 customers of the %Ln selected cars</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the customers of the cars selected in the list (none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each letter lists all of the customer&apos;s cars that need service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items that are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip customers reminded in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 days (never skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip customers without a postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise their letter is printed without an address block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not getting a letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the letters to a PDF file (for a mailing house or to print later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one kind of item to remind about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out who gets a letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not getting a letter (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letters as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPrintFlow</name>
    <message>
        <source>The letters cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters cannot be printed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Print reminders — %Ln letter(s)</source>
        <translation>
            <numerusform>Print reminders — %Ln letter</numerusform>
            <numerusform>Print reminders — %Ln letters</numerusform>
        </translation>
    </message>
    <message>
        <source>The letters could not be saved to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No reminder was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing printed; no reminder was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) printed. Did it/they go out?</source>
        <translation>
            <numerusform>%Ln letter printed. Did it go out?</numerusform>
            <numerusform>%Ln letters printed. Did they go out?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) saved to %1. Did it/they go out?</source>
        <translation>
            <numerusform>%Ln letter saved to %1. Did it go out?</numerusform>
            <numerusform>%Ln letters saved to %1. Did they go out?</numerusform>
        </translation>
    </message>
    <message>
        <source>Log the reminders as sent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Logged letters show as “Reminded today” in the list, and these customers are not reminded again for %Ln day(s). Say no if the printer jammed or the letters are not going out.</source>
        <translation>
            <numerusform>Logged letters show as “Reminded today” in the list, and these customers are not reminded again for %Ln day. Say no if the printer jammed or the letters are not going out.</numerusform>
            <numerusform>Logged letters show as “Reminded today” in the list, and these customers are not reminded again for %Ln days. Say no if the printer jammed or the letters are not going out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, log them as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, don&apos;t log them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters were not logged as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder letter(s) logged as sent.</source>
        <translation>
            <numerusform>%Ln reminder letter logged as sent.</numerusform>
            <numerusform>%Ln reminder letters logged as sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>no postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminded today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminded yesterday (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalWords</name>
    <message numerus="yes">
        <source>%n car(s)</source>
        <translation type="unfinished">
            <numerusform>%n car</numerusform>
            <numerusform>%n cars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service record(s)</source>
        <translation type="unfinished">
            <numerusform>%n service record</numerusform>
            <numerusform>%n service records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent</source>
        <translation type="unfinished">
            <numerusform>%n letter sent</numerusform>
            <numerusform>%n letters sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n odometer and oil reading(s)</source>
        <translation type="unfinished">
            <numerusform>%n odometer and oil reading</numerusform>
            <numerusform>%n odometer and oil readings</numerusform>
        </translation>
    </message>
    <message>
        <source>It takes along %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else is recorded about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Smartcar link of %n car(s) is ended first: Smartcar is told and stops sharing it with the shop.</source>
        <translation>
            <numerusform>The Smartcar link of the car is ended first: Smartcar is told and stops sharing it with the shop.</numerusform>
            <numerusform>The Smartcar links of its %n cars are ended first: Smartcar is told and stops sharing them with the shop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleCountWords</name>
    <message numerus="yes">
        <source>Smartcar&apos;s request allowance (%1 a minute) is too small for %Ln car(s); ask Smartcar to raise it</source>
        <translation>
            <numerusform>Smartcar&apos;s request allowance (%1 a minute) is too small for %Ln car; ask Smartcar to raise it</numerusform>
            <numerusform>Smartcar&apos;s request allowance (%1 a minute) is too small for %Ln cars; ask Smartcar to raise it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %1: Smartcar&apos;s request allowance (%2 a minute) covers %Ln car(s) no more often</source>
        <translation>
            <numerusform>every %1: Smartcar&apos;s request allowance (%2 a minute) covers %Ln car no more often</numerusform>
            <numerusform>every %1: Smartcar&apos;s request allowance (%2 a minute) covers %Ln cars no more often</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this month&apos;s %Ln Smartcar call(s) for this car are spent; refreshes resume on %1</source>
        <translation>
            <numerusform>this month&apos;s %Ln Smartcar call for this car is spent; refreshes resume on %1</numerusform>
            <numerusform>this month&apos;s %Ln Smartcar calls for this car are spent; refreshes resume on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %1 to stay within this car&apos;s %Ln Smartcar call(s) a month (%2 used)</source>
        <translation>
            <numerusform>every %1 to stay within this car&apos;s %Ln Smartcar call a month (%2 used)</numerusform>
            <numerusform>every %1 to stay within this car&apos;s %Ln Smartcar calls a month (%2 used)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleWords</name>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this car&apos;s last Smartcar calls this month (%1 of %2 used) are kept for its daily service history; refreshes resume on %3</source>
        <translation type="unfinished"></translation>
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
        <source>API %1; not set up yet (no Smartcar application entered: File → Settings → Smartcar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1; set up but cannot work. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1; %2</source>
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
    <name>ServiceCorrectionFlow</name>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service corrected for %1; its due items follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service of %1 deleted for %2; its due items no longer count it. Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the service of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service of %1 for %2 is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Edit service — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a service — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in with the car&apos;s latest reading; correct it to what the dashboard showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other work (one job per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Replaced wiper blades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” counts as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the work done, or describe it under Other work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service was not recorded: something went wrong inside ShopApp (see the log file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The odometer you entered (%1) is below the %2 on record from %3. Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway if the earlier number was wrong: it is then left out of the car&apos;s forecasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceEntry</name>
    <message>
        <source>Check the number on the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service plan has no task %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been removed in Settings on another PC; tick the work again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service date (%1) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a service once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service needs at least one task or a description of the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The odometer (%1) is below the %2 entered at the desk on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The odometer (%1) is below the %2 recorded at a service on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An odometer reading cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than any car drives (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This car is no longer in the shop&apos;s list (removed on another PC?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The odometer (%1) is below the %2 the car reported on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is no longer on record (deleted on another PC?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the car&apos;s services again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service comes from the car maker&apos;s history through Smartcar; only services the shop recorded can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service was brought in from another system; only services the shop recorded can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new service instead if the work was done again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceHistoryPane</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the date, odometer, work or cost of a service the shop recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a service the shop recorded by mistake (it can be undone from the status bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) on record, the latest on %1</source>
        <translation>
            <numerusform>%n service on record, the latest on %1</numerusform>
            <numerusform>%n services on record, the latest on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only services the shop recorded can be changed; this one is from the car&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingLabels</name>
    <message>
        <source>Distance unit (mi or km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency (ISO 4217 code, e.g. USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop address (one line per line of the letterhead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop logo (image file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles refreshed at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours between automatic refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar request bucket size (0 = no bucket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar bucket refill per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar calls per vehicle per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between two reminders to a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar API for new connections (v3 or v2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar Application ID (what Connect opens with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar API client id (v3: begins with client_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingProblems</name>
    <message>
        <source>expected a whole number from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distance unit must be &apos;mi&apos; or &apos;km&apos;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a currency code (ISO 4217) such as USD, EUR or CAD, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected http://localhost:PORT/path with a port from 1 to 65535 (the address registered with Smartcar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting %1; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request bucket that never refills would stop all refreshes; set a refill above 0</source>
        <translation type="unfinished"></translation>
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
        <source>Money in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How distances and money are shown and how often ShopApp reads the cars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair-cost estimates show as amounts only when priced in this currency, otherwise as low, moderate or high: never converted.</source>
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
        <source>%1 — %2</source>
        <comment>a currency&apos;s code and name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>a currency&apos;s code, name and symbol</comment>
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
    <name>SetupWizard</name>
    <message>
        <source>Your shop&apos;s name heads every reminder letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: something went wrong inside ShopApp (see the log file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopConnections</name>
    <message>
        <source>(no customer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDatabase</name>
    <message>
        <source>This customer no longer exists (deleted on another computer?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer again from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHOPAPP_DATABASE_URL names a %1:// database, which ShopApp does not support: use %2 or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHOPAPP_DATABASE_URL is not a database URL: use %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHOPAPP_DATABASE_URL is not a database URL ShopApp can use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHOPAPP_DATABASE_URL names no database file (a shop&apos;s database must be a file that outlives ShopApp): use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHOPAPP_DATABASE_URL names a relative path (%1), which would change with the folder ShopApp starts in: use an absolute one, e.g. %2 (four slashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open database is not a SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer ShopApp (schema %1; this version knows up to %2). Install the newer ShopApp, or point SHOPAPP_DATABASE_URL elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the shop&apos;s database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the shop&apos;s database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the shop&apos;s database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: the shop&apos;s database stayed busy with another ShopApp (a refresh, or another front-desk PC) for too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was put back: a car or customer it held was added again meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the one added again first, then undo, or enter what is missing by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was put back: the customer it belonged to was merged or removed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the car again to the customer who owns it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopProfilePage</name>
    <message>
        <source>Your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every reminder letter. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers see these details on their letters, so they know who writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per line of the letterhead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopSecrets</name>
    <message>
        <source>No usable keyring (the system&apos;s password store) was found, so ShopApp cannot keep secrets safely on this computer. Unlock or install one (e.g. GNOME Keyring), or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused to give &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused to store &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused to delete &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a ShopApp data key (expected 44 characters of URL-safe base64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a ShopApp data key (it must be 32 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s data key is missing: Smartcar tokens in the database cannot be opened. Import it from the first front-desk PC (`shopapp key export` there, `shopapp key import` here) or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored Smartcar tokens are in an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s data key does not open the stored Smartcar tokens (a different PC&apos;s key?). Import the right key with `shopapp key import` or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalDetails</name>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar has no data for this car yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalNames</name>
    <message>
        <source>Odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine oil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalStates</name>
    <message>
        <source>Not available for this vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared by the owner when the car was connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last refresh could not read it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet</source>
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
        <source>The API client ID: copy it from the Smartcar dashboard (your application → API Credentials; it begins with %1) into Settings → Smartcar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID: copy it from the Smartcar dashboard (your application → Configuration) into Settings → Smartcar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret: this computer has no keyring (the system&apos;s password store) to keep it in. Unlock or install one (e.g. GNOME Keyring), or have %1 set for ShopApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret: the system&apos;s password store (keyring) did not let ShopApp read it. Unlock it (or sign in to the computer again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret: paste it into Settings → Smartcar, from the page of the Smartcar dashboard where the client ID is. It is kept in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Application ID: copy it from the Smartcar dashboard (your application → Configuration) into Settings → Smartcar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s data key, which keeps the cars&apos; Smartcar tokens safe: this computer has no keyring to keep it in. Unlock or install one, or have %1 set for ShopApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s data key: the system&apos;s password store (keyring) did not let ShopApp read it. Unlock it (or sign in to the computer again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s data key: %1 is set on this computer but is not a ShopApp data key. Correct it or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s data key: the Smartcar tokens in the database were sealed with it on another PC. Bring it over: `shopapp key export` there, `shopapp key import` here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar is not set up on this computer yet, so no car can be connected. Still missing, in this order:</source>
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
    <name>SmartcarPage</name>
    <message>
        <source>ShopApp reads your customers&apos; cars through your shop&apos;s Smartcar application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your application in the Smartcar dashboard (dashboard.smartcar.com) and copy these values; the secrets stay in this computer&apos;s keyring. No Smartcar account yet? Leave them empty and add them later in File → Settings → Smartcar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Smartcar application is still on v2 (not yet upgraded to API v3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &lt;b&gt;%1&lt;/b&gt; as a redirect URI of the application in the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set on this computer and is used instead of this value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartcarSetup</name>
    <message>
        <source>the API client id: copy it from the Smartcar dashboard (your application → API Credentials; it begins with client_) into `shopapp config set smartcar_client_id ...` or SMARTCAR_CLIENT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client id: copy it from the Smartcar dashboard (your application → Configuration) into `shopapp config set smartcar_client_id ...` or SMARTCAR_CLIENT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client secret: this computer has no usable keyring to keep it in, so set SMARTCAR_CLIENT_SECRET (or unlock or install a keyring and enter it in File → Settings → Smartcar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client secret: the keyring would not give it; unlock the keyring, or set SMARTCAR_CLIENT_SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client secret: enter it in File → Settings → Smartcar (it is kept in the keyring), or set SMARTCAR_CLIENT_SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Application ID: copy it from the Smartcar dashboard (your application → Configuration) into `shopapp config set smartcar_application_id ...` or SMARTCAR_APPLICATION_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s data key (Smartcar tokens are sealed with it): this computer has no usable keyring to keep it in, so set %1 (or unlock or install a keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s data key: the keyring would not give it; unlock the keyring, or set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s data key: %1 is set but is not a ShopApp data key (44 characters of URL-safe base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s data key (the Smartcar tokens in the database were sealed with it on another PC): `shopapp key export` on the first front-desk PC, `shopapp key import` here, or set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar is not set up on this computer. Missing, in this order: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s v2 Smartcar client is not set on this PC (the client id set is a v3 API client id): set SMARTCAR_V2_CLIENT_SECRET and the Application ID, or use API v3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s Smartcar application is set up for API v2 (setting smartcar_api); v3 calls need the v3 API credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &lt;b&gt;%1&lt;/b&gt; from the due list and the reminder letters for a while. Its due date does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows again on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLooks</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
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
<context>
    <name>SystemStatusPane</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system status reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) report(s) an alert</source>
        <translation>
            <numerusform>%n system reports an alert</numerusform>
            <numerusform>%n systems report an alert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n system(s) OK</source>
        <translation>
            <numerusform>All %n system OK</numerusform>
            <numerusform>All %n systems OK</numerusform>
        </translation>
    </message>
    <message>
        <source>ALERT</source>
        <comment>a vehicle system&apos;s status, in capitals as the car reports it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <comment>a vehicle system reports no problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert reported</source>
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
<context>
    <name>TokenWords</name>
    <message>
        <source>this car&apos;s connection still uses Smartcar API v2 and the v2 client secret is not set on this PC: run `shopapp smartcar migrate` (or Settings → Smartcar → Move connections to v3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar refused the shop&apos;s v2 client id or client secret while renewing a connection&apos;s access (invalid_client): check SMARTCAR_CLIENT_SECRET (SMARTCAR_V2_CLIENT_SECRET on a shop moved to v3) or Settings → Smartcar, then refresh again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar refused to renew access; the owner must connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ShopApp process crashed during token refresh before it saved Smartcar&apos;s new tokens, and the old ones have expired since: the owner must connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner must connect the car again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Smartcar tokens are stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another ShopApp is renewing this connection&apos;s tokens; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TroubleCodeCardWidget</name>
    <message>
        <source>✓ Reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the shop has looked at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TroubleCodesPane</name>
    <message>
        <source>Cleared codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble codes not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active trouble codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Something went wrong inside ShopApp. Your data is safe. The details are in the log file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside ShopApp. Your data is safe. The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Distances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How ShopApp shows odometers and service intervals.</source>
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
        <source>On screen, in the letters and in the CSV export. The service plan follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars report in kilometres; ShopApp converts, so you can switch at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleDetailWidget</name>
    <message>
        <source>Select a vehicle to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tab&apos;s title and how many things it lists</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleHeaderPane</name>
    <message>
        <source>Unnamed customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last refresh reported a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleLookup</name>
    <message>
        <source>No vehicle %1: it was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleTableModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no engine oil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>how many more items of the car need action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last in a reminder to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This car was in no reminder yet (%1 had one about another car: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder sent to %1 about this car yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleTitle</name>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookCommandCounts</name>
    <message numerus="yes">
        <source>%n car(s) subscribed now</source>
        <translation>
            <numerusform>%n car subscribed now</numerusform>
            <numerusform>%n cars subscribed now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n already subscribed</numerusform>
            <numerusform>%n already subscribed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) would be subscribed; nothing was changed.</source>
        <translation>
            <numerusform>%n car would be subscribed; nothing was changed.</numerusform>
            <numerusform>%n cars would be subscribed; nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookSubscriptionWords</name>
    <message>
        <source>subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would be subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Smartcar application has no webhook %1; its webhooks: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every webhook of the Smartcar application is disabled: enable the one for the shop&apos;s receiver in the Smartcar Dashboard (Integrations → Webhooks), or name it with --webhook ID. Its webhooks: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Smartcar application has several enabled webhooks; name the one for the shop&apos;s receiver with --webhook ID: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Smartcar application has no webhook yet. Create one in the Smartcar Dashboard (Integrations → Webhooks) with the public HTTPS address of the shop&apos;s receiver (`shopapp webhooks serve`) as its callback URI, then run this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, vehicle %3): %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, vehicle %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks need the shop&apos;s Smartcar API v3 credentials (an API client id beginning with client_ and its secret); this computer has only a v2 client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to ShopApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service reminders for your customers&apos; connected cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopApp keeps your customers&apos; connected cars in one list. It reads each car&apos;s mileage, oil life and warning lights through Smartcar, tells you which cars are due for service and why, and prints the reminder letters.&lt;br&gt;&lt;br&gt;How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up shop with 40 simulated cars, to look around. No account and no internet needed; your own shop stays untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop&apos;s name and address, miles or kilometres, and your Smartcar application; then connect the first customer&apos;s car. About five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in the demo now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens ShopApp on your own shop in a new window, where you can enter your shop&apos;s details and connect the first customer&apos;s car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can come back here at any time from Help → Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
