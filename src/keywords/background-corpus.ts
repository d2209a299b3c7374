// General, non-technical English that unknown job-description candidates are ranked against
// (TF-IDF): words every posting uses ("team", "benefits", "fast-paced") are common here and rank
// low; tool names and domain phrases are absent here and rank high. Written for this project:
// postings for unrelated jobs, company boilerplate, and everyday prose. One paragraph = one document.
export const BACKGROUND_TEXT = `
We are looking for a friendly and reliable sales associate to join our growing store team. You will greet customers, answer questions about our products, keep the shelves tidy and handle payments at the register. Previous retail experience is a plus but not required; we provide full training.

About the role: the office manager keeps our busy office running smoothly. Responsibilities include ordering supplies, scheduling meetings, welcoming visitors, coordinating travel and supporting the leadership team with ad hoc projects. The ideal candidate is organised, proactive and calm under pressure.

What we offer: a competitive salary, health, dental and vision insurance, a generous paid time off policy, paid parental leave, a retirement savings plan with company match, flexible working hours and the option to work from home two days a week.

We are an equal opportunity employer and value diversity at our company. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status or disability status. Reasonable accommodations are available on request.

Our company was founded ten years ago with a simple mission: make everyday life easier for families. Today we employ more than five hundred people in twelve cities and serve customers across the country. We believe in honesty, teamwork and continuous improvement.

The warehouse team is hiring forklift operators for the night shift. Duties include loading and unloading trucks, moving pallets, checking inventory counts and keeping the work area safe and clean. Candidates must be able to lift fifty pounds and stand for long periods.

As a registered nurse on our medical and surgical unit you will provide compassionate care to adult patients, administer medications, monitor vital signs, educate families and work closely with physicians, pharmacists and therapists. A current nursing license and basic life support certification are required.

Join our kitchen as a line cook. You will prepare dishes according to our recipes, keep your station stocked, follow food safety rules and help the team during busy evening and weekend services. Weekend availability is essential.

The customer service representative answers calls and emails from customers, resolves billing questions, processes returns and records every conversation accurately. Strong communication skills, patience and a positive attitude are key to success in this role.

We are seeking an experienced teacher for our elementary school. The teacher plans lessons, assesses student progress, communicates with parents and creates a safe and inclusive classroom. A teaching certificate and a bachelor's degree in education are required; a master's degree is preferred.

Responsibilities: manage a portfolio of client accounts, build long-term relationships, identify opportunities for growth, prepare proposals and meet quarterly targets. Requirements: three or more years of experience in account management, excellent negotiation skills and willingness to travel up to twenty percent of the time.

The city council met on Tuesday evening to discuss the new budget for parks, libraries and road repairs. Residents spoke about traffic near the schools and asked for more street lights. The mayor promised a decision before the end of the month.

Heavy rain is expected across the region this weekend, with strong winds along the coast. Drivers should allow extra time for travel and check local news for road closures. Temperatures will rise again early next week.

The museum opened a new exhibition of paintings and photographs from the last century. Visitors can join guided tours every afternoon, and the gift shop sells books and prints. Tickets are free for children under twelve.

Our hospital welcomes patients and visitors every day of the year. Parking is available in the main garage, and the cafeteria on the ground floor is open from early morning until late evening. Please check in at the front desk when you arrive for an appointment.

The finance assistant supports month-end closing, reconciles bank statements, processes invoices and expense reports, and helps prepare budgets and forecasts. Attention to detail and a good understanding of accounting principles are important.

We move fast, we care about quality and we celebrate our wins together. You will work in a fast-paced, dynamic environment with talented colleagues who are passionate about what they do. We offer mentorship, career development and opportunities to grow into leadership roles.

The marketing coordinator plans events, writes newsletters, updates the website and social media channels, and tracks the results of each campaign. You are creative, organised and comfortable juggling several projects at once.

To apply, please send your resume and a short cover letter explaining why you are interested in this position. Only shortlisted candidates will be contacted. Applications are reviewed on a rolling basis until the position is filled.

The project manager leads projects from kickoff to delivery: defines scope, builds schedules, tracks budgets, manages risks and keeps stakeholders informed with regular status reports. The role requires strong leadership, clear communication and the ability to manage competing priorities.

Our delivery drivers bring groceries to homes across the city. You will plan routes, load the van, greet customers politely and make sure every order arrives on time and in good condition. A clean driving record and a valid license are required.

The human resources generalist supports recruiting, onboarding, employee relations, benefits administration and training programs. Knowledge of employment law and excellent interpersonal skills are required; experience in a growing organisation is preferred.

Gardening tips for spring: clear away dead leaves, add compost to the soil, plant early vegetables such as peas and lettuce, and water young plants in the morning. Check regularly for pests and remove weeds before they spread.

The library is hosting a reading club for adults on the first Monday of every month. This month we will discuss a novel about a family that moves to a small town by the sea. Everyone is welcome, and coffee and cake will be served.

Minimum qualifications: high school diploma or equivalent, at least two years of relevant work experience, strong written and verbal communication, ability to work independently and as part of a team, and a commitment to excellent service.

Preferred qualifications: experience in a similar role, a university degree, familiarity with standard office software, fluency in a second language and a track record of exceeding goals. Nice to have: a driver's license and flexibility to work occasional weekends.

The physical therapist evaluates patients after injury or surgery, designs treatment plans, guides exercises and documents progress. You will work with doctors and nurses to help patients return to work, sport and daily life.

The hotel front desk agent checks guests in and out, answers questions about the local area, handles reservations and resolves complaints with a smile. Shifts include mornings, evenings and some holidays.

Our research team studies how people make decisions about money, health and work. We publish reports, present findings at meetings and share what we learn with the public. Curious people who enjoy asking good questions will feel at home here.

The construction site supervisor oversees daily work, coordinates subcontractors, enforces safety rules, checks quality and reports progress to the project director. Several years of experience on large building projects are required.

Children learn best when they feel safe, seen and supported. Good schools build strong relationships with families, give teachers time to plan together, and measure progress in ways that help every student improve.

This is a full-time, permanent position based in our downtown office, with a hybrid schedule. Salary range depends on experience and location. We also offer an annual bonus, wellness programs, tuition reimbursement and an employee referral program.
`;

/** The background as documents: one per paragraph. */
export const BACKGROUND_DOCUMENTS: string[] = BACKGROUND_TEXT.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
