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
    <name>ConnectDialog</name>
    <message>
        <source>Connect a vehicle</source>
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
    <name>ServiceDialog</name>
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
        <source>One line per line of the letterhead.</source>
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
    <message>
        <source>Client ID:</source>
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
