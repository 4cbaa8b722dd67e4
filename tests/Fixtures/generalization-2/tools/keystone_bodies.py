# Page bodies for keystone-spine-physio (exec'd by gen_keystone.py).

page("index.html", "Chiropractic and Physical Therapy in Ellison Springs", r"""
<h1>{{NEG:heading|Move Better, Hurt Less}}</h1>
<p>We are a small chiropractic and physical therapy practice on the north side of {{NEG:place-name|Ellison Springs}}. {{NEG:staff-name|Dr. Emeka Adeyemi-Hart}} opened the clinic in 2016 with one table and a borrowed treadmill. Today four clinicians work side by side, so your adjustment and your exercise plan come from people who actually talk to each other.</p>
<h2>{{NEG:heading|How We Can Help}}</h2>
<ul>
<li>{{NEG:list-item|Low Back and Neck Pain}}</li>
<li>{{NEG:list-item|Sports and Running Injuries}}</li>
<li>{{NEG:list-item|Post-Surgical Rehabilitation}}</li>
<li>{{NEG:list-item|Headaches and Jaw Pain}}</li>
<li>{{NEG:list-item|Pregnancy-Related Pelvic Pain}}</li>
</ul>
<p><img src="{{NEG:office-photo|/assets/photos/gym-floor.jpg}}" alt="Our rehab gym with squat rack and parallel bars" width="480"></p>
<p><strong>{{NEG:label|New Patients}}:</strong> most visits are scheduled within three working days. <strong>{{NEG:label|Direct Access}}:</strong> in Pennsylvania you can see a physical therapist without a referral for up to 30 days.</p>
""")

page("team/index.html", "Our Team", r"""
<h1>{{NEG:heading|Meet Our Team}}</h1>
<section class="bio">
<img src="{{NEG:staff-photo|/assets/team/emeka-adeyemi-hart.jpg}}" alt="{{NEG:staff-name|Dr. Emeka Adeyemi-Hart}}, chiropractor" width="180">
<h2>{{NEG:staff-name|Dr. Emeka Adeyemi-Hart}}, {{NEG:degree|DC}}</h2>
<p>{{NEG:staff-name|Emeka}} grew up in {{NEG:staff-hometown|Ibadan}} and {{NEG:staff-hometown|Newark, Delaware}}, and earned his chiropractic degree in {{NEG:staff-training-city|Davenport, Iowa}}. Pennsylvania license {{NEG:licence-number|DC-009834}}. He lives in town with his wife, {{NEG:staff-family|Lauren}}, and their two boys, {{NEG:staff-family|Tobi}} and {{NEG:staff-family|Femi}}.</p>
</section>
<section class="bio">
<img src="{{NEG:staff-photo|/assets/team/hannelore-brandt.jpg}}" alt="{{NEG:staff-name|Hannelore Brandt}}, physical therapist" width="180">
<h2>{{NEG:staff-name|Hannelore Brandt}}, {{NEG:degree|PT, DPT, OCS}}</h2>
<p>{{NEG:staff-name|Hannelore}} studied at the {{NEG:university|University of Pittsburgh}} and did her orthopaedic residency in {{NEG:staff-training-city|Salt Lake City}}. License {{NEG:licence-number|PT-021577}}.</p>
</section>
<section class="bio">
<h2>{{NEG:staff-name|Tomasz Wrona}}, {{NEG:degree|PT}}</h2>
<p>{{NEG:staff-name|Tomasz}} is from {{NEG:staff-hometown|Rzeszów}} and trained in {{NEG:staff-training-city|Kraków}} before moving here in 2018. His daughter {{NEG:staff-family|Zofia}} helps fold towels on Saturdays.</p>
</section>
<section class="bio">
<h2>{{NEG:staff-name|Dr. Sunita Varghese}}, {{NEG:degree|DC}} and {{NEG:staff-name|Dolores Ybarra}}, {{NEG:label|Office Manager}}</h2>
<p>{{NEG:staff-name|Dr. Varghese}} sees patients on Tuesday and Friday evenings. {{NEG:staff-name|Dolores}} runs the front desk and knows every insurance rule.</p>
</section>
""")

page("services/chiropractic.html", "Chiropractic Care", r"""
<h1>{{NEG:heading|Chiropractic Care}}</h1>
<p>Chiropractic care at Keystone is gentle, evidence-informed and always paired with something you can do at home. {{NEG:staff-name|Dr. Adeyemi-Hart}} and {{NEG:staff-name|Dr. Varghese}} use hands-on adjustment, instrument-assisted techniques with the {{NEG:device|Activator V}}, and soft-tissue work.</p>
<h2>{{NEG:heading|Conditions We Treat}}</h2>
<ul>
<li>{{NEG:list-item|Acute Low Back Pain}}</li>
<li>{{NEG:list-item|Mechanical Neck Pain}}</li>
<li>{{NEG:list-item|Tension-Type Headache}}</li>
<li>{{NEG:list-item|Sacroiliac Joint Dysfunction}}</li>
</ul>
<h2>{{NEG:heading|What the Evidence Says}}</h2>
<p>Guidelines from the {{NEG:org-name|American College of Physicians}} list spinal manipulation among first-line options for acute low back pain. A pragmatic trial by {{NEG:cited-author|Fennimore, Adjei and Rusk}}, run {{NEG:study-period|from 2017 to 2020}}, found combined manipulation and exercise outperformed either alone at twelve weeks.</p>
<h2>{{NEG:heading|Your First Visit}}</h2>
<p>Plan on an hour: a history, a movement screen, a treatment if it is safe to start, and a written plan. We do not sell prepaid packages of thirty visits. Most people need fewer than eight.</p>
""")

page("services/physiotherapy.html", "Physical Therapy", r"""
<h1>{{NEG:heading|Physical Therapy and Rehab}}</h1>
<p>Our physical therapists treat everything from sprained ankles to total knee replacements. Every session is one-on-one for the full 45 minutes; we never double-book a therapist.</p>
<h2>{{NEG:heading|Programs}}</h2>
<ul>
<li><strong>{{NEG:label|Return to Run}}</strong>: gait analysis on our {{NEG:device|Woodway 4Front}} treadmill with {{NEG:product|Runeasi}} sensors, led by {{NEG:staff-name|Hannelore Brandt}}</li>
<li><strong>{{NEG:label|Joint Replacement Rehab}}</strong>: starts the week after surgery</li>
<li><strong>{{NEG:label|Vestibular Therapy}}</strong>: for dizziness and balance</li>
<li><strong>{{NEG:label|Pelvic Health}}</strong>: private room, female therapist available</li>
</ul>
<h2>{{NEG:heading|Equipment}}</h2>
<p>We use {{NEG:brand|Theraband}} and {{NEG:brand|Keiser}} resistance equipment, an {{NEG:device|AlterG}} anti-gravity treadmill for early loading, and {{NEG:product|Normatec}} compression boots for recovery. {{NEG:staff-name|Tomasz}} also offers dry needling for suitable patients.</p>
<p><img src="{{NEG:product-photo|/assets/photos/alterg.jpg}}" alt="The AlterG treadmill in our gym" width="360"></p>
<p><strong>{{NEG:label|Home Exercise App}}:</strong> your program is sent to {{NEG:product|MedBridge GO}}, so you can follow the videos at home.</p>
""")

page("patient-stories/index.html", "Patient Stories", r"""
<h1>{{NEG:heading|Patient Stories}}</h1>
<p>Real people, real recoveries. Each story is shared with the patient's written permission.</p>
<article class="card">
{{PHI017|<img src="/assets/stories/ifeoma-finish-line.jpg" alt="{{PHI001|Ifeoma Nwachukwu-Baptiste}} crossing the marathon finish line" width="300">}}
<h2><a href="/patient-stories/marathon-comeback.html">{{NEG:heading|From Crutches to the Finish Line}}</a></h2>
<p>{{PHI001:first-name|Ifeoma}} rebuilt her knee after ACL surgery and ran the {{NEG:event|Susquenango Valley Harvest Marathon}} eleven months later.</p>
</article>
<article class="card">
{{PHI017|<img src="/assets/stories/layla-at-desk.jpg" alt="{{PHI001|Layla El-Masri}} at her standing desk" width="300">}}
<h2><a href="/patient-stories/desk-worker-back.html">{{NEG:heading|Ten Years of Back Pain, Six Weeks of Work}}</a></h2>
<p>An accountant from {{PHI002|Bryn Calder}} finds out her back is stronger than she thought.</p>
</article>
<article class="card">
{{PHI017|<img src="/assets/stories/mr-szabo-garden.jpg" alt="{{PHI001|Mr. Lajos Szabó}} back in his vegetable garden" width="300">}}
<h2>{{NEG:heading|Back in the Vegetable Patch}}</h2>
<p>{{PHI001:surname-with-title|Mr. Szabó}}, {{PHI003|92 years old}}, came to {{NEG:staff-name|Tomasz}} after a fall on {{PHI003|December 28, 2024}}. By spring he was planting tomatoes.</p>
</article>
""", con=True)

page("patient-stories/marathon-comeback.html", "From Crutches to the Finish Line", r"""
<h1>{{NEG:heading|From Crutches to the Finish Line}}</h1>
<p>{{PHI001|Ifeoma Nwachukwu-Baptiste}} tore her anterior cruciate ligament playing recreational soccer on {{PHI003|October 14, 2023}}. Her reconstruction followed on {{PHI003|November 2}} at {{NEG:org-name|St. Brendan's Orthopaedic Hospital}}, and she walked into our gym on crutches six days later.</p>
<h2>{{NEG:heading|The Plan}}</h2>
<p>{{NEG:staff-name|Hannelore}} set out three phases: get the knee straight, get the quad firing, then rebuild power. "She had me doing heel slides before I'd even taken my coat off," {{PHI001:first-name|Ifeoma}} laughs.</p>
<p>Her partner, {{PHI001:relative|Dayo Ferreira}}, drove her to every early visit and learned to tape her knee. Because her employer plan required progress notes, each report carried her member number, {{PHI009|CBX-772-041-56}},.</p>
<h2>{{NEG:heading|Race Day}}</h2>
<p>Eleven months after surgery, on {{PHI003|October 6, 2024}}, she finished the {{NEG:event|Susquenango Valley Harvest Marathon}} in 4:41. {{NEG:staff-name|Dr. Adeyemi-Hart}} and half the front desk were at mile 22 with a sign.</p>
<blockquote>"I used to think physio was just stretches. It was the hardest training block of my life." &mdash; {{PHI001:signature|Ifeoma N.-B.}}</blockquote>
<p>Recovering from knee surgery? Call {{NEG:practice-phone|(717) 555-0188}}.</p>
""", con=True)

page("patient-stories/desk-worker-back.html", "Ten Years of Back Pain, Six Weeks of Work", r"""
<h1>{{NEG:heading|Ten Years of Back Pain, Six Weeks of Work}}</h1>
<p>{{PHI001|Layla El-Masri}} is a tax accountant, which means that in tax season she barely leaves her chair. For a decade her lower back had flared every spring. By {{PHI003|March 2025}} she was sleeping on the living-room floor.</p>
<p>Her husband, {{PHI001:relative|Karim}}, found us after a neighbour in {{PHI002|Bryn Calder}} recommended {{NEG:staff-name|Dr. Varghese}}. "He made the call from the car park," {{PHI001:first-name|Layla}} says. "I was too stubborn."</p>
<h2>{{NEG:heading|What We Found}}</h2>
<p>Nothing sinister: stiff hips, weak glutes, and too much sitting. {{NEG:staff-name|Dr. Varghese}} combined gentle manipulation with a graded walking plan, and {{NEG:staff-name|Tomasz Wrona}} added deadlifts.</p>
<h2>{{NEG:heading|Six Weeks Later}}</h2>
<p>She finished the season without a single floor night. Her last visit, on {{PHI003|April 22}}, was mostly about how to keep going. She still sends us photos of her standing desk from {{PHI006|layla.elmasri.cpa@ledger.example}}, and her account, {{PHI010|KSP-20931}}, is on our maintenance plan.</p>
<blockquote>"Thanks to {{NEG:staff-name|Dr. Varghese}} and {{NEG:staff-name|Dolores}}, who found me a 7 am slot every single week." &mdash; {{PHI001:signature|Layla E.}}</blockquote>
<p>Back pain at tax time? Call {{NEG:practice-phone|(717) 555-0188}}.</p>
""", con=True)

page("reviews.html", "Reviews", r"""
<h1>{{NEG:heading|What Our Patients Say}}</h1>
<ul class="reviews">
<li><p>"I walked in bent sideways and walked out upright. {{NEG:staff-name|Emeka}} explained everything." 💪 &mdash; {{PHI001:signature|Zuzana Horváthová}}</p></li>
<li><p>"Three sessions with {{NEG:staff-name|Hannelore}} and my Achilles stopped complaining. Ran my first 10K pain-free on {{PHI003|June 8}}." &mdash; {{PHI001:signature|Ciarán Mac Giolla Phádraig}}, {{PHI002|Lower Quarry}}</p></li>
<li><p>"My father, {{PHI001:relative|Takahashi Kenji}}, is shy about doctors. {{NEG:staff-name|Tomasz}} won him over in one visit." &mdash; {{PHI001:signature|Takahashi Emiko}}</p></li>
<li><p>"Best front desk in Pennsylvania. {{NEG:staff-name|Dolores}} remembered my grandson's name." &mdash; {{PHI001:signature|Venkatesh R.}}</p></li>
<li><p>"After my hip replacement in {{PHI003|January 2025}} I was scared to climb stairs. Not any more." &mdash; {{PHI001:signature|Bernice de la Fuente-Ortiz}}, {{PHI002|Millbrook Heights}}</p></li>
<li><p>"Clean, on time, no upselling. Rare these days." &mdash; {{PHI001:initials|J. K. O.}}</p></li>
</ul>
<p><img src="{{NEG:icon|/assets/icons/five-stars.svg}}" alt="Five stars" width="100"> Average rating 4.9 from 212 reviews.</p>
""", tabs=True, con=True)

page("news/clinic-turns-ten.html", "Keystone Turns Ten", r"""
<h1>{{NEG:heading|Keystone Turns Ten!}}</h1>
<p>On {{NEG:event-date|Saturday, September 13}} we threw open the doors for our tenth-anniversary open house at {{NEG:venue|Quarry Hill Community Park}}. Thank you to the hundreds of you who came for the bouncy castle and {{NEG:staff-name|Dolores}}'s famous lemon bars.</p>
<h2>{{NEG:heading|A Few Thank-Yous}}</h2>
<p>Our very first patient, {{PHI001|Mr. Vernon Ashcombe}}, cut the ribbon, just as he did in 2016. He first came in with a frozen shoulder and has kept us honest ever since.</p>
<p>Congratulations to the patients who finished the {{NEG:event|Ellison Springs Half Marathon}} this spring after rehab with us: {{PHI001|Nnamdi Okwuosa}}, {{PHI001|Yasmin Haddad-Courtney}}, {{PHI001|Wojciech Dudek}} and {{PHI001|Anjali Thekkekara}}. {{PHI001:first-name|Nnamdi}} ran it just seven months after his ankle fracture.</p>
<p>And a special welcome to the new members of our Tuesday balance class: {{PHI001|Rosalind Fairbairn}}, {{PHI001|Aurelio Castañeda}} and {{PHI001|Mrs. Eun-ji Seo}}.</p>
<h2>{{NEG:heading|Staff Milestones}}</h2>
<p>{{NEG:staff-name|Hannelore Brandt}} earned her {{NEG:label|Orthopaedic Clinical Specialist}} certification, and {{NEG:staff-name|Tomasz Wrona}}'s daughter {{NEG:staff-family|Zofia}} started kindergarten.</p>
<p><img src="{{NEG:office-photo|/assets/photos/anniversary-banner.jpg}}" alt="The anniversary banner over our front door" width="420"></p>
""", con=True)

page("news/new-treatment-room.html", "New Treatment Room", r"""
<h1>{{NEG:heading|Our New Shockwave Room Is Open}}</h1>
<p>After three months of dust and drilling, our new treatment room opened on {{NEG:event-date|February 3}}. It houses a {{NEG:device|Storz Medical D-Actor 200}} radial shockwave unit and our second {{NEG:device|Chattanooga Intelect}} ultrasound.</p>
<h2>{{NEG:heading|What Is Shockwave Therapy?}}</h2>
<p>Shockwave therapy delivers short acoustic pulses to stubborn tendon problems such as plantar fasciitis, tennis elbow and calcific shoulder. A review by {{NEG:cited-author|Moravec and Ashdown-Pryce}} of trials published {{NEG:study-period|between 2005 and 2022}} found a moderate benefit when it was combined with loading exercise.</p>
<h2>{{NEG:heading|Who Runs It}}</h2>
<p>{{NEG:staff-name|Hannelore Brandt}} and {{NEG:staff-name|Tomasz Wrona}} completed manufacturer training in {{NEG:staff-training-city|Chicago}} in January. Sessions take about fifteen minutes and are usually weekly for three to five weeks.</p>
<h2>{{NEG:heading|Coverage}}</h2>
<p>Most insurers, including {{NEG:insurer|Highmark}}, consider shockwave investigational, so it is billed as a self-pay service at $85 per session. Ask {{NEG:staff-name|Dolores}} for a written quote.</p>
<p><img src="{{NEG:office-photo|/assets/photos/shockwave-room.jpg}}" alt="The new treatment room" width="420"></p>
""")

page("blog/posture-myths.html", "Four Posture Myths", r"""
<h1>{{NEG:heading|Four Posture Myths We Hear Every Week}}</h1>
<p><em>By {{NEG:staff-name|Dr. Emeka Adeyemi-Hart}}</em></p>
<h2>{{NEG:heading|Myth 1: There Is One Correct Posture}}</h2>
<p>The best posture is the next one. Research from {{NEG:cited-author|Kasparian et al.}} found no link between sitting angle and future back pain in office workers followed {{NEG:study-period|from 2011 to 2018}}.</p>
<h2>{{NEG:heading|Myth 2: A Curved Spine Means a Weak Athlete}}</h2>
<p>{{NEG:public-figure|Usain Bolt}} has talked publicly about living with scoliosis throughout his sprinting career. He credits core training, not a perfectly straight spine, for staying on the track.</p>
<h2>{{NEG:heading|Myth 3: Back Surgery Ends Careers}}</h2>
<p>{{NEG:public-figure|Tiger Woods}} had spinal fusion surgery in 2017 and won the {{NEG:event|Masters}} two years later. He has said openly how close he came to quitting.</p>
<h2>{{NEG:heading|Myth 4: Lifting With Your Back Is Always Dangerous}}</h2>
<p>A rounded back is fine for most everyday lifts if you build up to it. The {{NEG:org-name|American Physical Therapy Association}} now emphasises load tolerance over a single "safe" technique.</p>
<p><img src="{{NEG:icon|/assets/icons/spine.svg}}" alt="" width="48"> Questions about your own back? Book a screen with our team.</p>
""")

page("insurance.html", "Insurance", r"""
<h1>{{NEG:heading|Insurance and Fees}}</h1>
<p>Updated for the plan year {{NEG:policy-date|beginning January 1, 2026}}.</p>
<h2>{{NEG:heading|In-Network Plans}}</h2>
<ul>
<li>{{NEG:insurer|Highmark Blue Shield}} ({{NEG:plan-name|Highmark Community Blue}})</li>
<li>{{NEG:insurer|Capital Blue Cross}}</li>
<li>{{NEG:insurer|Geisinger Health Plan}}</li>
<li>{{NEG:insurer|UPMC Health Plan}}</li>
<li>{{NEG:insurer|Aetna}} and {{NEG:insurer|Cigna}} (physical therapy only)</li>
<li>{{NEG:insurer|Medicare}} Part B</li>
</ul>
<h2>{{NEG:heading|Auto and Work Injuries}}</h2>
<p>We bill auto insurers under Pennsylvania first-party benefits and accept {{NEG:label|Workers' Compensation}} claims with an adjuster's approval.</p>
<h2>{{NEG:heading|Self-Pay Rates}}</h2>
<ul>
<li>{{NEG:list-item|New Patient Evaluation}}: $140</li>
<li>{{NEG:list-item|Follow-Up Visit}}: $85</li>
<li>{{NEG:list-item|Shockwave Session}}: $85</li>
</ul>
<p>{{NEG:staff-name|Dolores Ybarra}} verifies benefits before your first visit.</p>
""")

page("privacy.html", "Privacy Notice", r"""
<h1>{{NEG:heading|Notice of Privacy Practices}}</h1>
<p><strong>{{NEG:label|Effective Date}}:</strong> {{NEG:policy-date|April 14, 2025}}</p>
<p>This notice explains how Keystone Spine and Physio LLC uses and discloses your health information and describes your rights.</p>
<h2>{{NEG:heading|Uses and Disclosures}}</h2>
<p>We use your information for treatment, payment and health-care operations. We do not sell it. Patient stories, reviews and photos are published only with a separate signed authorisation, which you may revoke in writing.</p>
<h2>{{NEG:heading|Your Rights}}</h2>
<ul>
<li>{{NEG:list-item|Access and Copies}}</li>
<li>{{NEG:list-item|Amendment}}</li>
<li>{{NEG:list-item|Accounting of Disclosures}}</li>
<li>{{NEG:list-item|Restrictions and Confidential Communications}}</li>
</ul>
<h2>{{NEG:heading|Privacy Officer}}</h2>
<p>{{NEG:staff-name|Dolores Ybarra}}, {{NEG:practice-email|privacy@keystonespine.example}}, {{NEG:practice-phone|(717) 555-0188}}.</p>
""")

page("contact.html", "Contact", r"""
<h1>{{NEG:heading|Contact and Directions}}</h1>
<p>{{NEG:practice-address|2207 Quarry Hill Road, Ellison Springs, PA 17590}}<br>
{{NEG:label|Phone}} {{NEG:practice-phone|(717) 555-0188}} &middot; {{NEG:label|Fax}} {{NEG:practice-phone|(717) 555-0189}}<br>
{{NEG:practice-email|desk@keystonespine.example}}</p>
<p>We share a car park with the {{NEG:org-name|Quarry Hill Credit Union}}. Use the side entrance with the blue awning.</p>
<form action="/send" method="post">
<input name="name" placeholder="{{NEG:form-placeholder|First and last name}}">
<input name="phone" placeholder="{{NEG:form-placeholder|Phone (555) 555-0123}}">
<input name="email" placeholder="{{NEG:form-placeholder|email@domain.example}}">
<textarea name="msg" placeholder="{{NEG:form-placeholder|How can we help?}}"></textarea>
<button>{{NEG:label|Send}}</button>
</form>
<p><strong>{{NEG:label|Hours}}:</strong> Monday to Thursday 7:00&ndash;19:00, Friday 7:00&ndash;15:00.</p>
""")

page("new-patient-forms.html", "New Patient Forms", r"""
<h1>{{NEG:heading|New Patient Forms}}</h1>
<p>Save time on your first visit by filling these in at home. Bring a photo ID and your insurance card.</p>
<form action="/intake" method="post">
<fieldset><legend>{{NEG:heading|About You}}</legend>
<input name="first" placeholder="{{NEG:form-placeholder|First name}}">
<input name="last" placeholder="{{NEG:form-placeholder|Last name}}">
<input name="dob" placeholder="{{NEG:form-placeholder|MM/DD/YYYY}}">
<input name="member" placeholder="{{NEG:form-placeholder|Member ID (from your card)}}">
</fieldset>
<fieldset><legend>{{NEG:heading|Your Symptoms}}</legend>
<label><input type="checkbox"> {{NEG:list-item|Back Pain}}</label>
<label><input type="checkbox"> {{NEG:list-item|Neck Pain}}</label>
<label><input type="checkbox"> {{NEG:list-item|Sports Injury}}</label>
<textarea name="notes" placeholder="{{NEG:form-placeholder|When did it start?}}"></textarea>
</fieldset>
<button>{{NEG:label|Submit Securely}}</button>
</form>
<p>Forms are sent over an encrypted connection and stored in our {{NEG:product|Jane App}} practice software.</p>
""")

page("404.html", "Page Not Found", r"""
<h1>{{NEG:heading|We Couldn't Find That Page}}</h1>
<p>The page may have moved. Try the menu above, or go back to the <a href="/index.html">{{NEG:nav|Home Page}}</a>.</p>
<p>Looking for a patient story? Start at <a href="/patient-stories/index.html">{{NEG:nav|Patient Stories}}</a>.</p>
""")
