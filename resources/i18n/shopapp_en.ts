<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <message>
        <source>%1 alert</source>
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
    <message numerus="yes">
        <source>%n service(s) on record, the latest on %1</source>
        <translation>
            <numerusform>%n service on record, the latest on %1</numerusform>
            <numerusform>%n services on record, the latest on %1</numerusform>
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
</TS>
