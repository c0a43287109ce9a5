<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>DemoSteps</name>
    <message>
        <source>Linking the demo customers&apos; cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the demo fleet&apos;s history</source>
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
    <name>MoveToV3Words</name>
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
        <source>The odometer (%1) is below the %2 was recorded at a service on %3.</source>
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
    <name>SmartcarSetup</name>
    <message>
        <source>%1 Or set SMARTCAR_CLIENT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API client id (Smartcar dashboard → your application → API Credentials; it begins with client_; setting smartcar_client_id or SMARTCAR_CLIENT_ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client id (setting smartcar_client_id or SMARTCAR_CLIENT_ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client secret (Settings, kept in the keyring, or SMARTCAR_CLIENT_SECRET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application ID (Smartcar dashboard → your application → Configuration; setting smartcar_application_id or SMARTCAR_APPLICATION_ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar is not set up: missing the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and the %2</source>
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
    <name>VehicleLookup</name>
    <message>
        <source>vehicle %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vehicle %1: it was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
